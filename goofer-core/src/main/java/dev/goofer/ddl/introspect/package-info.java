/**
 * Reads the catalog of a live database through JDBC (pg_catalog, information_schema,
 * sqlite_master and pragmas), normalized to compare equal with a built catalog.
 */
@NullMarked
package dev.goofer.ddl.introspect;

import org.jspecify.annotations.NullMarked;
