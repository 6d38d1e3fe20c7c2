package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link ReadTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbReadTests extends ReadTests {

}
