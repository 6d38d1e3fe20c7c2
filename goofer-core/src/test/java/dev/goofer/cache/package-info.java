/**
 * Tests of the query cache.
 */
@NullMarked
package dev.goofer.cache;

import org.jspecify.annotations.NullMarked;
