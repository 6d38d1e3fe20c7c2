package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link TransactionTests} on SQLite.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteTransactionTests extends TransactionTests {

}
