package dev.goofer.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer ddl}.
 */
class DdlCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsTheCreateScriptForTheProviderOfTheSchema() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("ddl", "--schema", schema.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(
                """
                        -- CreateTable
                        CREATE TABLE "Post" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "title" TEXT NOT NULL,
                            "authorId" INTEGER NOT NULL,
                            CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                        );

                        -- CreateTable
                        CREATE TABLE "User" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "email" TEXT NOT NULL,
                            "name" TEXT
                        );

                        -- CreateIndex
                        CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                        """);
    }

    @Test
    void dialectOptionOverridesTheProviderWhateverItsCase() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun postgres = CliRun.run("ddl", "--schema", schema.toString(), "--dialect", "postgresql");
        assertThat(postgres.code()).isZero();
        assertThat(postgres.out()).contains("\"id\" SERIAL NOT NULL")
            .contains("CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")");
        CliRun mysql = CliRun.run("ddl", "--schema", schema.toString(), "--dialect", "MySQL");
        assertThat(mysql.code()).isZero();
        assertThat(mysql.out()).contains("CREATE TABLE `User` (").contains("`id` INTEGER NOT NULL AUTO_INCREMENT");
    }

    @Test
    void unknownDialectIsAUsageError() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("ddl", "--schema", schema.toString(), "--dialect", "oracle");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--dialect'");
    }

    @Test
    void missingSchemaPathIsAUsageError() {
        CliRun run = CliRun.run("ddl", "--schema", this.folder.resolve("missing.prisma").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing.prisma given to --schema does not exist.");
    }

    @Test
    void invalidSchemaPrintsEveryDiagnosticAndExitsWithOne() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma", SchemaFiles.schema("sqlite", """
                model User {
                  id    Int     @id
                  posts Postt[]
                  role  Rolee
                }
                """));
        CliRun run = CliRun.run("ddl", "--schema", schema.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(schema + ":7:9: error:")
            .contains(schema + ":8:9: error:")
            .contains("is invalid: 2 errors.")
            .doesNotContain("Exception");
    }

    @Test
    void schemaWithoutDatasourceFailsInOneLine() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma", SchemaFiles.BLOG_MODELS);
        CliRun run = CliRun.run("ddl", "--schema", schema.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).isTrue();
        assertThat(run.err()).startsWith("error: The schema has no datasource block");
    }

    @Test
    void featuresTheDialectLacksFailInOneLine() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma", SchemaFiles.schema("postgresql", """
                model User {
                  id   Int      @id
                  tags String[]
                }
                """));
        CliRun run = CliRun.run("ddl", "--schema", schema.toString(), "--dialect", "mysql");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.oneErrorLine()).isTrue();
        assertThat(run.err())
            .isEqualTo("error: Field \"tags\" of model \"User\": scalar lists need PostgreSQL, not MySQL"
                    + System.lineSeparator());
    }

    @Test
    void sqlServerSchemasHaveNoDialectYet() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma",
                SchemaFiles.schema("sqlserver", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("ddl", "--schema", schema.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: SQL Server schemas have no DDL dialect yet" + System.lineSeparator());
        assertThat(CliRun.run("ddl", "--schema", schema.toString(), "--dialect", "postgresql").code()).isZero();
    }

}
