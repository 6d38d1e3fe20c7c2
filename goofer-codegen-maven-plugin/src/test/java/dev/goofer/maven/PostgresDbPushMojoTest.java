package dev.goofer.maven;

import java.nio.file.Path;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code goofer:db-push} against PostgreSQL, run by setting the goal's fields as Maven
 * would.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresDbPushMojoTest {

    @TempDir
    Path folder;

    final RecordingLog log = new RecordingLog();

    TestDatabase database;

    @BeforeEach
    void emptyTheDatabase(TestDatabase database) {
        this.database = database;
        JdbcTemplate jdbc = database.jdbc();
        jdbc.execute("DROP SCHEMA public CASCADE");
        jdbc.execute("CREATE SCHEMA public");
    }

    @Test
    void pushCreatesTheSchemaAndASecondPushChangesNothing() throws Exception {
        mojo(Schemas.BLOG_MODELS).execute();
        assertThat(this.log.at("info")).first().isEqualTo("Applied to the PostgreSQL database:");
        this.log.lines.clear();
        mojo(Schemas.BLOG_MODELS).execute();
        assertThat(this.log.at("info")).containsExactly("The database is already in sync with the schema.");
    }

    @Test
    void pushThatWouldLoseDataFailsTheBuildUntilAccepted() throws Exception {
        mojo(Schemas.BLOG_MODELS).execute();
        this.database.jdbc().update("INSERT INTO \"User\" (email, name) VALUES ('ada@example.com', 'Ada')");
        assertThatExceptionOfType(MojoFailureException.class)
            .isThrownBy(() -> mojo(Schemas.BLOG_MODELS_WITHOUT_NAME).execute())
            .withMessageStartingWith("The schema push would lose data and acceptDataLoss is not set.")
            .withMessageContaining("`name`")
            .withMessageEndingWith("Set acceptDataLoss (-Dgoofer.acceptDataLoss=true) to apply it anyway.");
        DbPushMojo accepting = mojo(Schemas.BLOG_MODELS_WITHOUT_NAME);
        accepting.acceptDataLoss = true;
        accepting.execute();
        assertThat(this.log.at("info")).contains("Accepted data loss:");
    }

    @Test
    void userAndPasswordParametersAreUsed() throws Exception {
        DbPushMojo mojo = mojo(Schemas.BLOG_MODELS);
        mojo.url = this.database.jdbcUrl().replaceFirst("\\?.*$", "");
        mojo.user = "postgres";
        mojo.password = "unused-with-trust-auth";
        mojo.execute();
        assertThat(this.log.at("info")).first().isEqualTo("Applied to the PostgreSQL database:");
    }

    @Test
    void missingDatabaseFailsTheBuildInOneLine() {
        DbPushMojo mojo = mojo(Schemas.BLOG_MODELS);
        mojo.url = TestDatabases.withDatabase(this.database.jdbcUrl(), "goofer_no_such_database");
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
            .withMessageStartingWith("The database does not exist (")
            .withMessageEndingWith("Create it first.")
            .withMessageNotContaining("\n");
    }

    @Test
    void missingUrlFailsTheBuildWithAHint() {
        DbPushMojo mojo = mojo(Schemas.BLOG_MODELS);
        mojo.url = null;
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
            .withMessageStartingWith("No database URL: set the url parameter, or pass -Dgoofer.url=");
    }

    private DbPushMojo mojo(String models) {
        DbPushMojo mojo = new DbPushMojo();
        mojo.setLog(this.log);
        mojo.schema = Schemas.write(this.folder, "schema.prisma", "postgresql", models).toFile();
        mojo.url = this.database.jdbcUrl();
        return mojo;
    }

}
