package dev.goofer.ddl;

import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Databases(DatabaseKind.POSTGRESQL)
class PostgresConnectionErrorTests {

    @Test
    void missingDatabaseIsExplainedInOneLine(TestDatabase database) {
        String url = TestDatabases.withDatabase(database.jdbcUrl(), "goofer_missing_db");
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager.validate(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA))
            .withMessage("The database does not exist (" + url
                    + "): database \"goofer_missing_db\" does not exist. Create it first.");
    }

    @Test
    void unknownUserIsExplainedInOneLine(TestDatabase database) {
        String url = database.jdbcUrl().replaceAll("user=[^&]*", "user=goofer_nobody");
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager.push(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA,
                    PushOptions.defaults()))
            .withMessageStartingWith("Authentication failed (")
            .withMessageEndingWith("): role \"goofer_nobody\" does not exist. Check the user name and password.");
    }

    @Test
    void brokenUrlIsExplainedInOneLine() {
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager
                .validate(SchemaManager.dataSource("postgres://localhost/app", "me", "secret"), GooferSchema.SCHEMA))
            .withMessage(
                    "Invalid database URL (postgres://localhost/app): no JDBC driver accepts it. Use a URL such as "
                            + "jdbc:postgresql://localhost:5432/mydb, jdbc:mariadb://localhost:3306/mydb or jdbc:sqlite:dev.db, "
                            + "with the driver on the class path.");
    }

    @Test
    void unreachableServerIsExplainedInOneLine() {
        String url = "jdbc:postgresql://127.0.0.1:1/app?user=me&password=secret";
        assertThatExceptionOfType(SchemaConnectionException.class)
            .isThrownBy(() -> SchemaManager.validate(SchemaManager.dataSource(url, null, null), GooferSchema.SCHEMA))
            .withMessageStartingWith(
                    "Cannot reach the database server (jdbc:postgresql://127.0.0.1:1/app?user=me&password=***): "
                            + "Connection to 127.0.0.1:1 refused");
    }

}
