/**
 * Test support: schema metadata built by hand and in-process compilation.
 */
@NullMarked
package dev.goofer.codegen.testing;

import org.jspecify.annotations.NullMarked;
