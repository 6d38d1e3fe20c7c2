package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link AggregateTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteAggregateTests extends AggregateTests {

}
