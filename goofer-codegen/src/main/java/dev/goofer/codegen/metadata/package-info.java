/**
 * Converts a validated schema into the runtime metadata ({@code dev.goofer.metadata})
 * that the generated client, the DDL and the schema tools work from.
 */
@NullMarked
package dev.goofer.codegen.metadata;

import org.jspecify.annotations.NullMarked;
