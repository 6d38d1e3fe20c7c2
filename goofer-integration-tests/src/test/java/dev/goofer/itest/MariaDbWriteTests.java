package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link WriteTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbWriteTests extends WriteTests {

}
