/**
 * Acceptance of the schema corpus: every accepted SQL schema generates a client that
 * compiles.
 */
@NullMarked
package dev.goofer.codegen.corpus;

import org.jspecify.annotations.NullMarked;
