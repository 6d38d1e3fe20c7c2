/**
 * Schema metadata the runtime works from, generated as constants so that the runtime
 * never reads a schema file.
 */
@NullMarked
package dev.goofer.metadata;

import org.jspecify.annotations.NullMarked;
