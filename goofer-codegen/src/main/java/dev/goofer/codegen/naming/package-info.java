/**
 * How schema names become Java names: the
 * {@link dev.goofer.codegen.naming.NamingStrategy} SPI, its default, and the rules that
 * keep generated names legal.
 */
@NullMarked
package dev.goofer.codegen.naming;

import org.jspecify.annotations.NullMarked;
