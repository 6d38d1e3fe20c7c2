/**
 * The immutable syntax tree of a Prisma schema, one
 * {@link dev.goofer.schema.ast.SchemaDocument} per file.
 */
@NullMarked
package dev.goofer.schema.ast;

import org.jspecify.annotations.NullMarked;
