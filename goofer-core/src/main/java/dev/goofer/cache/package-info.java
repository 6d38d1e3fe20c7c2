/**
 * The query cache: a Caffeine-backed decorator of the executor that never serves a result
 * older than the last committed write to a model it read.
 */
@NullMarked
package dev.goofer.cache;

import org.jspecify.annotations.NullMarked;
