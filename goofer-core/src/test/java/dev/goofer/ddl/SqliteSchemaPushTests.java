package dev.goofer.ddl;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.SQLITE)
class SqliteSchemaPushTests extends SchemaPushSuite {

}
