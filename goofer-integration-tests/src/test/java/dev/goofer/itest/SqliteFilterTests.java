package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link FilterTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteFilterTests extends FilterTests {

}
