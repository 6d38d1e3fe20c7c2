package dev.goofer.ddl;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.MYSQL)
class MySqlSchemaPushTests extends SchemaPushSuite {

}
