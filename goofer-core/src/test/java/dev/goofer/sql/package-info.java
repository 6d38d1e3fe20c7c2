/**
 * Exact-SQL tests of the renderer, per dialect.
 */
@NullMarked
package dev.goofer.sql;

import org.jspecify.annotations.NullMarked;
