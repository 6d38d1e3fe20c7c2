package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link TransactionTests} on PostgreSQL.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresTransactionTests extends TransactionTests {

}
