package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link AggregateTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbAggregateTests extends AggregateTests {

}
