package dev.goofer.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer db push} against a real database; subclasses choose which.
 */
abstract class DbPushCommandSuite {

    @TempDir
    Path folder;

    TestDatabase database;

    JdbcTemplate jdbc;

    /**
     * Return the provider the schemas are written for.
     * @return the provider name
     */
    abstract String provider();

    /**
     * Return the URL given to {@code --url}.
     * @param database the test database
     * @return the JDBC URL
     */
    String url(TestDatabase database) {
        return database.jdbcUrl();
    }

    @BeforeEach
    void emptyTheDatabase(TestDatabase database) throws Exception {
        this.database = database;
        this.jdbc = database.jdbc();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            if (database.kind() == DatabaseKind.POSTGRESQL) {
                statement.execute("DROP SCHEMA public CASCADE");
                statement.execute("CREATE SCHEMA public");
                return;
            }
            String list = (database.kind() == DatabaseKind.MYSQL)
                    ? "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            List<String> tables = this.jdbc.queryForList(list, String.class);
            statement.execute((database.kind() == DatabaseKind.MYSQL) ? "SET FOREIGN_KEY_CHECKS = 0"
                    : "PRAGMA foreign_keys = OFF");
            for (String table : tables) {
                statement.execute("DROP TABLE " + table);
            }
        }
    }

    @Test
    void pushCreatesTheSchemaAndASecondPushChangesNothing() {
        CliRun first = push(SchemaFiles.BLOG_MODELS);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Applied to the ").contains("User").contains("Post");
        assertThat(first.err()).isEmpty();
        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + quote("User"), Integer.class)).isZero();
        CliRun second = push(SchemaFiles.BLOG_MODELS);
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo("The database is already in sync with the schema." + System.lineSeparator());
    }

    @Test
    void pushThatWouldLoseDataIsRefusedUntilAccepted() {
        assertThat(push(SchemaFiles.BLOG_MODELS).code()).isZero();
        this.jdbc.update("INSERT INTO " + quote("User") + " (" + quote("email") + ", " + quote("name")
                + ") VALUES ('ada@example.com', 'Ada')");
        CliRun refused = push(SchemaFiles.BLOG_MODELS_WITHOUT_NAME);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("error: The schema push would lose data and acceptDataLoss is not set.")
            .contains("name")
            .endsWith("Run again with --accept-data-loss to apply it anyway." + System.lineSeparator());
        assertThat(this.jdbc.queryForObject("SELECT " + quote("name") + " FROM " + quote("User"), String.class))
            .isEqualTo("Ada");
        CliRun accepted = push(SchemaFiles.BLOG_MODELS_WITHOUT_NAME, "--accept-data-loss");
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("Accepted data loss:");
        assertThat(this.jdbc.queryForObject("SELECT " + quote("email") + " FROM " + quote("User"), String.class))
            .isEqualTo("ada@example.com");
    }

    CliRun push(String models, String... more) {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma", SchemaFiles.schema(provider(), models));
        String[] args = { "db", "push", "--schema", schema.toString(), "--url", url(this.database) };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.run(all);
    }

    private String quote(String name) {
        return (this.database.kind() == DatabaseKind.MYSQL) ? "`" + name + "`" : "\"" + name + "\"";
    }

}
