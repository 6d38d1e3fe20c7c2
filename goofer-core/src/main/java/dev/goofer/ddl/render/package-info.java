/**
 * SQL rendering of schema changes per dialect, and of whole migration scripts.
 */
@NullMarked
package dev.goofer.ddl.render;

import org.jspecify.annotations.NullMarked;
