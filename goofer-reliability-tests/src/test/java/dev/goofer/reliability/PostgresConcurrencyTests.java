package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.POSTGRESQL)
class PostgresConcurrencyTests extends ConcurrencyTests {

}
