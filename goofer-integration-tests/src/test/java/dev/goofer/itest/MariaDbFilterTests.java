package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link FilterTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbFilterTests extends FilterTests {

}
