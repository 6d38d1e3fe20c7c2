package dev.goofer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer generate}, run in-process.
 */
class GenerateCommandTest {

    private static final String GENERATOR = """
            generator client {
              provider = "goofer"
              package  = "com.example.blog"
            }

            """;

    @TempDir
    Path folder;

    @Test
    void generatesTheClientIntoTheOutputFolder() {
        Path schema = write(GENERATOR + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        Path out = this.folder.resolve("out");
        CliRun run = CliRun.run("generate", "--schema", schema.toString(), "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Generated the Goofer client com.example.blog.GooferClient in " + out
                + ": 2 models, 14 files (14 written, 0 deleted).\n");
        assertThat(out.resolve("com/example/blog/User.java")).isRegularFile();
        assertThat(out.resolve("META-INF/services/dev.goofer.client.ClientDefinition"))
            .hasContent("com.example.blog.GooferClientDefinition");
    }

    @Test
    void optionsOverrideTheGeneratorBlockAndResourcesMayGoElsewhere() {
        Path schema = write(GENERATOR + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        Path out = this.folder.resolve("java");
        Path resources = this.folder.resolve("resources");
        CliRun run = CliRun.run("generate", "--schema", schema.toString(), "--out", out.toString(), "--resources-out",
                resources.toString(), "--package", "app.db", "--client-name", "BlogDb");
        assertThat(run.code()).isZero();
        assertThat(out.resolve("app/db/BlogDb.java")).isRegularFile();
        assertThat(resources.resolve("META-INF/services/dev.goofer.client.ClientDefinition"))
            .hasContent("app.db.BlogDbDefinition");
    }

    @Test
    void withoutOutTheOutputOfTheBlockIsUsedRelativeToTheSchema() {
        Path schema = SchemaFiles.write(this.folder, "prisma/schema.prisma",
                GENERATOR.replace("}\n", "  output   = \"../generated\"\n}\n")
                        + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("generate", "--schema", schema.toString());
        assertThat(run.code()).isZero();
        assertThat(this.folder.resolve("generated/com/example/blog/User.java")).isRegularFile();
        assertThat(this.folder.resolve("generated/META-INF/services/dev.goofer.client.ClientDefinition"))
            .isRegularFile();
    }

    @Test
    void runningTwiceWritesNothingTheSecondTimeAndTheSameBytes() throws IOException {
        Path schema = write(GENERATOR + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        Path out = this.folder.resolve("out");
        CliRun.run("generate", "--schema", schema.toString(), "--out", out.toString());
        Map<String, String> first = tree(out);
        CliRun again = CliRun.run("generate", "--schema", schema.toString(), "--out", out.toString());
        assertThat(again.out()).contains("14 files (0 written, 0 deleted)");
        assertThat(tree(out)).isEqualTo(first);
    }

    @Test
    void schemaErrorsAndNameClashesExitWithOneListingEveryDiagnostic() {
        Path schema = write(GENERATOR
                + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS + "\nmodel user {\n  id Int @id\n}\n"));
        Path out = this.folder.resolve("out");
        CliRun run = CliRun.run("generate", "--schema", schema.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(schema + ":26:7: error: Model \"user\" needs the Java type \"User\"")
            .contains("26 | model user {")
            .endsWith("The schema at " + schema + " is invalid: 1 error.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void warningsArePrintedWithTheirCodeFrame() {
        Path schema = write(GENERATOR.replace("}\n", "  flavour = \"mild\"\n}\n")
                + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("generate", "--schema", schema.toString(), "--out",
                this.folder.resolve("o").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith(schema + ":4:3: warning: Goofer does not read the property \"flavour\"")
            .contains(" 4 |   flavour = \"mild\"");
    }

    @Test
    void aMissingPackageIsAUsageError() {
        Path schema = write(SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("generate", "--schema", schema.toString(), "--out", this.folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("No package for the generated client: set package in the schema's Goofer "
                + "generator block, for example generator client { provider = \"goofer\" package = \"com.example.db\" "
                + "}, or pass --package.");
    }

    @Test
    void aMissingOutputIsAUsageError() {
        Path schema = write(GENERATOR + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun run = CliRun.run("generate", "--schema", schema.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing --out: give the folder to write the client to, or set output in "
                + "the schema's Goofer generator block.");
    }

    @Test
    void invalidNamesAndMissingSchemasAreUsageErrors() {
        Path schema = write(GENERATOR + SchemaFiles.schema("sqlite", SchemaFiles.BLOG_MODELS));
        CliRun invalid = CliRun.run("generate", "--schema", schema.toString(), "--out", "x", "--package", "a.class");
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).startsWith("Invalid option: \"a.class\" is not a Java package name.");
        CliRun missing = CliRun.run("generate", "--schema", this.folder.resolve("nope.prisma").toString(), "--out",
                "x");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    private Path write(String content) {
        return SchemaFiles.write(this.folder, "schema.prisma", content);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

}
