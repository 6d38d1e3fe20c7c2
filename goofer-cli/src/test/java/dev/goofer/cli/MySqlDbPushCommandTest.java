package dev.goofer.cli;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes to MariaDB through {@code jdbc:mysql:} URLs, which the bundled MariaDB driver
 * accepts.
 */
@Databases(DatabaseKind.MYSQL)
class MySqlDbPushCommandTest extends DbPushCommandSuite {

    @Override
    String provider() {
        return "mysql";
    }

    @Override
    String url(TestDatabase database) {
        return database.jdbcUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    }

    @Test
    void wrongPasswordIsReportedInOneLineWithoutThePassword(TestDatabase database) {
        String url = url(database).replaceAll("[?&]password=[^&]*", "");
        CliRun run = CliRun.run("db", "push", "--schema",
                SchemaFiles.write(this.folder, "schema.prisma", SchemaFiles.schema("mysql", SchemaFiles.BLOG_MODELS))
                    .toString(),
                "--url", url, "--password", "not-the-password");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: Authentication failed (")
            .contains("Check the user name and password.")
            .doesNotContain("not-the-password");
    }

}
