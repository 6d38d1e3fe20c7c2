/**
 * Tests of generation at scale: large schemas and wide models.
 */
@NullMarked
package dev.goofer.codegen.scale;

import org.jspecify.annotations.NullMarked;
