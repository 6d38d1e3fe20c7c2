package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.MYSQL)
class MariaDbConcurrencyTests extends ConcurrencyTests {

}
