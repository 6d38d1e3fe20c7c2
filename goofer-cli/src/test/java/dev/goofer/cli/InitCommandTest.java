package dev.goofer.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer init}, run in-process.
 */
class InitCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesAStarterSchemaThatGenerates() {
        Path dir = this.folder.resolve("prisma");
        CliRun run = CliRun.run("init", "--provider", "postgresql", "--dir", dir.toString(), "--package", "app.db");
        assertThat(run.code()).isZero();
        Path schema = dir.resolve("schema.prisma");
        assertThat(schema).content().contains("package  = \"app.db\"").contains("provider = \"postgresql\"");
        assertThat(run.out()).startsWith("Wrote a starter Goofer schema for postgresql to " + schema);
        CliRun generate = CliRun.run("generate", "--schema", schema.toString(), "--out",
                this.folder.resolve("out").toString());
        assertThat(generate.code()).isZero();
        assertThat(this.folder.resolve("out/app/db/GooferClient.java")).isRegularFile();
    }

    @Test
    void sqliteAndTheExamplePackageAreTheDefaults() {
        CliRun run = CliRun.run("init", "--dir", this.folder.toString());
        assertThat(run.code()).isZero();
        assertThat(this.folder.resolve("schema.prisma")).content()
            .contains("provider = \"sqlite\"")
            .contains("package  = \"com.example.db\"");
    }

    @Test
    void anExistingSchemaIsNeverOverwritten() {
        Path schema = SchemaFiles.write(this.folder, "schema.prisma", "// mine\n");
        CliRun run = CliRun.run("init", "--dir", this.folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
            .isEqualTo("error: A schema already exists at " + schema + "; goofer init does not overwrite it.\n");
        assertThat(schema).hasContent("// mine");
    }

    @Test
    void anUnknownProviderIsAUsageError() {
        CliRun run = CliRun.run("init", "--provider", "oracle", "--dir", this.folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown provider \"oracle\": use one of sqlite, postgresql, mysql.");
        assertThat(this.folder.resolve("schema.prisma")).doesNotExist();
    }

}
