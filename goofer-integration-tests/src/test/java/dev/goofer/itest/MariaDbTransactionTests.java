package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link TransactionTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbTransactionTests extends TransactionTests {

}
