/**
 * SQL rendering per dialect: the query AST becomes a {@link dev.goofer.sql.BoundSql}.
 */
@NullMarked
package dev.goofer.sql;

import org.jspecify.annotations.NullMarked;
