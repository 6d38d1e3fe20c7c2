package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link NestedWriteTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteNestedWriteTests extends NestedWriteTests {

}
