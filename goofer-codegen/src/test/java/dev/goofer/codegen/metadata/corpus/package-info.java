/**
 * Acceptance of the schema corpus: converted, created and checked on real databases.
 */
@NullMarked
package dev.goofer.codegen.metadata.corpus;

import org.jspecify.annotations.NullMarked;
