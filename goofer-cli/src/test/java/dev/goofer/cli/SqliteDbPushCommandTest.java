package dev.goofer.cli;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.SQLITE)
class SqliteDbPushCommandTest extends DbPushCommandSuite {

    @Override
    String provider() {
        return "sqlite";
    }

}
