/**
 * Golden-file tests of the generated sources.
 */
@NullMarked
package dev.goofer.codegen.golden;

import org.jspecify.annotations.NullMarked;
