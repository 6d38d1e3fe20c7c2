package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.SQLITE)
class SqliteHostileInputTests extends HostileInputTests {

}
