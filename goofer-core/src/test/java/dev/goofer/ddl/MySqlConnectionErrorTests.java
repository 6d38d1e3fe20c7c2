package dev.goofer.ddl;

import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Databases(DatabaseKind.MYSQL)
class MySqlConnectionErrorTests {

    @Test
    void missingDatabaseIsExplainedInOneLine(TestDatabase database) {
        String url = TestDatabases.withDatabase(database.jdbcUrl(), "goofer_missing_db");
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager.validate(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA))
            .withMessageStartingWith("The database does not exist (")
            .withMessageEndingWith("): Unknown database 'goofer_missing_db'. Create it first.");
    }

    @Test
    void wrongPasswordIsExplainedInOneLineWithoutThePassword(TestDatabase database) {
        String url = TestDatabases.withDatabase(database.jdbcUrl(), database.name()).replaceAll("password=[^&]*", "")
                + "&password=wrong";
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager.validate(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA))
            .withMessageStartingWith("Authentication failed (")
            .withMessageContaining("password=***")
            .withMessageNotContaining("wrong")
            .withMessageEndingWith("(using password: YES). Check the user name and password.");
    }

    @Test
    void mysqlSchemeUrlsConnectThroughTheMariaDbDriver(TestDatabase database) {
        String url = database.jdbcUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        assertThat(SchemaManager.validate(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA).inSync())
            .isFalse();
        assertThat(SchemaManager.permitMysqlScheme("jdbc:mysql://localhost/app"))
            .isEqualTo("jdbc:mysql://localhost/app?permitMysqlScheme");
        assertThat(SchemaManager.permitMysqlScheme("jdbc:mysql://localhost/app?user=root"))
            .isEqualTo("jdbc:mysql://localhost/app?user=root&permitMysqlScheme");
        assertThat(SchemaManager.permitMysqlScheme("jdbc:mariadb://localhost/app"))
            .isEqualTo("jdbc:mariadb://localhost/app");
    }

}
