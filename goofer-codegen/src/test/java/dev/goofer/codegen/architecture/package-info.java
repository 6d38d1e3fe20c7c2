/**
 * Architecture rules of the generator.
 */
@NullMarked
package dev.goofer.codegen.architecture;

import org.jspecify.annotations.NullMarked;
