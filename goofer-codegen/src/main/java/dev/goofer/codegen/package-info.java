/**
 * The Java client generator: turns schema metadata into the sources of a typed client.
 */
@NullMarked
package dev.goofer.codegen;

import org.jspecify.annotations.NullMarked;
