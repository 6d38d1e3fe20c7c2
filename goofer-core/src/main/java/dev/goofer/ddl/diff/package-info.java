/**
 * Differences between two catalogs as an ordered list of schema changes, each knowing
 * whether it can lose data.
 */
@NullMarked
package dev.goofer.ddl.diff;

import org.jspecify.annotations.NullMarked;
