package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link ReadTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresReadTests extends ReadTests {

}
