/**
 * The goofer command line: thin commands over the goofer-codegen API.
 */
@NullMarked
package dev.goofer.cli;

import org.jspecify.annotations.NullMarked;
