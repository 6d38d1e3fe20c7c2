package dev.goofer.cli;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Databases(DatabaseKind.POSTGRESQL)
class PostgresDbPushCommandTest extends DbPushCommandSuite {

    @Override
    String provider() {
        return "postgresql";
    }

    @Test
    void userAndPasswordOptionsAreUsedWhenTheUrlHasNone(TestDatabase database) {
        String url = database.jdbcUrl().replaceFirst("\\?.*$", "");
        CliRun run = CliRun.run("db", "push", "--schema",
                SchemaFiles
                    .write(this.folder, "schema.prisma", SchemaFiles.schema("postgresql", SchemaFiles.BLOG_MODELS))
                    .toString(),
                "--url", url, "--user", "postgres", "--password", "secret");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void missingDatabaseIsReportedInOneLine(TestDatabase database) {
        String url = TestDatabases.withDatabase(database.jdbcUrl(), "goofer_no_such_database");
        CliRun run = CliRun.run("db", "push", "--schema",
                SchemaFiles
                    .write(this.folder, "schema.prisma", SchemaFiles.schema("postgresql", SchemaFiles.BLOG_MODELS))
                    .toString(),
                "--url", url);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: The database does not exist (")
            .contains("goofer_no_such_database")
            .contains("Create it first.");
    }

    @Test
    void unknownUserIsReportedInOneLine(TestDatabase database) {
        String url = database.jdbcUrl().replaceFirst("user=[^&]*", "user=goofer_nobody");
        CliRun run = CliRun.run("db", "push", "--schema",
                SchemaFiles
                    .write(this.folder, "schema.prisma", SchemaFiles.schema("postgresql", SchemaFiles.BLOG_MODELS))
                    .toString(),
                "--url", url);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: Authentication failed (").contains("goofer_nobody");
    }

}
