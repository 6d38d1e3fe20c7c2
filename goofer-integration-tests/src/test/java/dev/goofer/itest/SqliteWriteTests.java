package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link WriteTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteWriteTests extends WriteTests {

}
