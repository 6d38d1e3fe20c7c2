package dev.goofer.testsupport;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTests {

    @Test
    void withDatabaseReplacesTheDatabaseAndKeepsParameters() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "fresh"))
            .isEqualTo("jdbc:postgresql://127.0.0.1:5432/fresh?user=postgres");
        assertThat(TestDatabases.withDatabase("jdbc:mariadb://127.0.0.1:3306?user=root", "fresh"))
            .isEqualTo("jdbc:mariadb://127.0.0.1:3306/fresh?user=root");
    }

    @Nested
    @Databases(DatabaseKind.POSTGRESQL)
    class OnPostgres {

        @Test
        void givesAFreshDatabase(TestDatabase database) {
            assertThat(database.jdbc().queryForObject("SELECT current_database()", String.class))
                .isEqualTo(database.name());
        }

    }

    @Nested
    @Databases(DatabaseKind.MYSQL)
    class OnMysql {

        @Test
        void givesAFreshDatabase(TestDatabase database) {
            assertThat(database.jdbc().queryForObject("SELECT DATABASE()", String.class)).isEqualTo(database.name());
        }

    }

    @Nested
    @Databases(DatabaseKind.SQLITE)
    class OnSqlite {

        @Test
        void givesAFreshDatabaseWithForeignKeysOn(TestDatabase database) {
            assertThat(database.jdbc().queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
        }

    }

}
