package dev.goofer.itest;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

/**
 * {@link NestedWriteTests} on MariaDB.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbNestedWriteTests extends NestedWriteTests {

}
