package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link NestedWriteTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresNestedWriteTests extends NestedWriteTests {

}
