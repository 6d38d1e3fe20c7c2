/**
 * The query AST and the typed DSL that generated clients expose.
 */
@NullMarked
package dev.goofer.query;

import org.jspecify.annotations.NullMarked;
