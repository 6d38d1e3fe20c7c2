package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.MYSQL)
class MariaDbConnectionFaultTests extends ConnectionFaultTests {

}
