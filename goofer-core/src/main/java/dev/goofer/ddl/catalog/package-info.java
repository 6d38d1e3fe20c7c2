/**
 * A dialect-neutral model of a database schema (tables, columns, keys, indexes, foreign
 * keys, enums), built from schema metadata or introspected from a live database.
 */
@NullMarked
package dev.goofer.ddl.catalog;

import org.jspecify.annotations.NullMarked;
