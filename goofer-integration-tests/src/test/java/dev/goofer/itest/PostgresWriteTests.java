package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link WriteTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresWriteTests extends WriteTests {

}
