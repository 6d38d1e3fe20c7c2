/**
 * Tests of the schema to metadata conversion.
 */
@NullMarked
package dev.goofer.codegen.metadata;

import org.jspecify.annotations.NullMarked;
