package dev.goofer.maven;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code goofer:migrate-diff} from an older schema or an SQLite database, run by setting
 * the goal's fields as Maven would.
 */
class MigrateDiffMojoTest {

    @TempDir
    Path folder;

    final RecordingLog log = new RecordingLog();

    @Test
    void diffFromAnOlderSchemaWritesTheNextFlywayMigration() throws Exception {
        MigrateDiffMojo mojo = mojo("postgresql", Schemas.BLOG_MODELS);
        mojo.fromSchema = Schemas.write(this.folder, "old.prisma", "postgresql", Schemas.BLOG_MODELS_WITHOUT_NAME)
            .toFile();
        mojo.execute();
        Path file = this.folder.resolve("db/migration/V1__add_name.sql");
        assertThat(this.log.at("info")).containsExactly("Wrote " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .contains("ALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;");
    }

    @Test
    void explicitVersionNamesTheFileAndDataLossIsLogged() throws Exception {
        MigrateDiffMojo mojo = mojo("postgresql", Schemas.BLOG_MODELS_WITHOUT_NAME);
        mojo.fromSchema = Schemas.write(this.folder, "old.prisma", "postgresql", Schemas.BLOG_MODELS).toFile();
        mojo.migrationName = "drop name";
        mojo.migrationVersion = "7";
        mojo.execute();
        assertThat(this.folder.resolve("db/migration/V7__drop_name.sql")).exists();
        assertThat(this.log.at("warn")).singleElement().asString().contains("`name`");
    }

    @Test
    void diffFromADatabaseStartsFromWhatItHolds() throws Exception {
        MigrateDiffMojo mojo = mojo("sqlite", Schemas.BLOG_MODELS);
        mojo.url = "jdbc:sqlite:" + this.folder.resolve("app.db");
        mojo.execute();
        assertThat(Files.readString(this.folder.resolve("db/migration/V1__add_name.sql"), StandardCharsets.UTF_8))
            .contains("CREATE TABLE \"User\"");
    }

    @Test
    void identicalSchemasWriteNothing() throws Exception {
        MigrateDiffMojo mojo = mojo("mysql", Schemas.BLOG_MODELS);
        mojo.fromSchema = mojo.schema;
        mojo.execute();
        assertThat(this.log.at("info")).singleElement().asString().startsWith("No changes: the MySQL schema");
        assertThat(this.folder.resolve("db")).doesNotExist();
    }

    @Test
    void exactlyOneStartingPointIsRequired() {
        MigrateDiffMojo neither = mojo("sqlite", Schemas.BLOG_MODELS);
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(neither::execute)
            .withMessageStartingWith("Set exactly one starting point for migrate-diff");
        MigrateDiffMojo both = mojo("sqlite", Schemas.BLOG_MODELS);
        both.url = "jdbc:sqlite:x.db";
        both.fromSchema = both.schema;
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(both::execute)
            .withMessageStartingWith("Set exactly one starting point for migrate-diff");
    }

    @Test
    void invalidOlderSchemaFailsListingItsDiagnostics() {
        MigrateDiffMojo mojo = mojo("sqlite", Schemas.BLOG_MODELS);
        File old = Schemas.write(this.folder, "old.prisma", "sqlite", "model A {\n  id Intt\n}\n").toFile();
        mojo.fromSchema = old;
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
            .withMessageStartingWith("The Goofer schema at " + old + " is invalid (1 error):\n")
            .withMessageContaining(old + ":6:6: error:");
    }

    @Test
    void sqlServerSchemaFailsTheBuildInOneLine() {
        MigrateDiffMojo mojo = mojo("sqlserver", Schemas.BLOG_MODELS);
        mojo.fromSchema = mojo.schema;
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
            .withMessage("SQL Server schemas have no DDL dialect yet");
    }

    private MigrateDiffMojo mojo(String provider, String models) {
        MigrateDiffMojo mojo = new MigrateDiffMojo();
        mojo.setLog(this.log);
        mojo.schema = Schemas.write(this.folder, "schema.prisma", provider, models).toFile();
        mojo.migrationsDirectory = this.folder.resolve("db/migration").toFile();
        mojo.migrationName = "add_name";
        return mojo;
    }

}
