/**
 * Tests of naming: case conversions, the default strategy and naming conflicts.
 */
@NullMarked
package dev.goofer.codegen.naming;

import org.jspecify.annotations.NullMarked;
