package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link ReadTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteReadTests extends ReadTests {

}
