package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link AggregateTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresAggregateTests extends AggregateTests {

}
