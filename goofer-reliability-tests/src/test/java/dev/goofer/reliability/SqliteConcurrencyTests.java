package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;

/**
 * SQLite allows one writer at a time: four threads, a busy timeout and immediate write
 * transactions (see {@link BlogFixture#sqliteUrl(String)}).
 */
@Databases(DatabaseKind.SQLITE)
class SqliteConcurrencyTests extends ConcurrencyTests {

    @Override
    int threads() {
        return 4;
    }

    @Override
    int operationsPerThread() {
        return 200;
    }

    @Override
    String jdbcUrl(TestDatabase database) {
        return BlogFixture.sqliteUrl(database.jdbcUrl());
    }

}
