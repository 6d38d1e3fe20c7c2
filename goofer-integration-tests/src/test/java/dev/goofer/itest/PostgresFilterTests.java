package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link FilterTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresFilterTests extends FilterTests {

}
