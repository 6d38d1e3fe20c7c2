package dev.goofer.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer db push} failures that need no database server.
 */
class DbPushCommandTest {

    @TempDir
    Path folder;

    @Test
    void urlNoDriverAcceptsIsReportedInOneLine() {
        CliRun run = push("jdbc:oracle:thin:@localhost:1521:app");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: Invalid database URL (jdbc:oracle:thin:@localhost:1521:app)");
    }

    @Test
    void serverThatDoesNotAnswerIsReportedInOneLine() {
        CliRun run = push("jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: Cannot reach the database server (");
    }

    @Test
    void sqliteFileInAMissingFolderIsReportedInOneLine() {
        CliRun run = push("jdbc:sqlite:" + this.folder.resolve("missing/app.db"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: Cannot open the SQLite database file (");
    }

    @Test
    void missingUrlIsAUsageError() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("db", "push", "--schema", schema.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--url=JDBC_URL'");
    }

    @Test
    void dbWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.run("db");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand: push.");
    }

    private CliRun push(String url) {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        return CliRun.run("db", "push", "--schema", schema.toString(), "--url", url);
    }

}
