package dev.goofer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer validate} run in-process, with its output captured.
 */
class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void validSchemaExitsWithZero() throws IOException {
        Path schema = write("schema.prisma", """
                datasource db {
                  provider = "postgresql"
                }

                model User {
                  id Int @id
                }
                """);
        Result result = run("validate", "--schema", schema.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("is valid: 1 model, 0 enums, 0 warnings.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void validSchemaPrintsItsWarnings() throws IOException {
        Path schema = write("schema.prisma", """
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["metrics"]
                }
                """);
        Result result = run("validate", "--schema", schema.toString());
        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("schema.prisma:3:21: warning: Preview feature \"metrics\" is deprecated.");
        assertThat(result.out()).contains("1 warning.");
    }

    @Test
    void invalidSchemaExitsWithOneAndPrintsEveryDiagnosticWithItsCodeFrame() throws IOException {
        Path schema = write("schema.prisma", """
                datasource db {
                  provider = "sqlite"
                }

                model User {
                  id    Int    @id
                  email String
                  email String
                  posts Postt[]
                }
                """);
        Result result = run("validate", "--schema", schema.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(schema + ":8:3: error: Field \"email\" is already defined on model \"User\".")
            .contains("  -->  " + schema + ":8:3")
            .contains(" 8 |   email String")
            .contains("is invalid: 1 error.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void validatesAFolderAsOneSchema() throws IOException {
        write("schema.prisma", "datasource db {\n  provider = \"sqlite\"\n}\n");
        write("models/user.prisma", "model User {\n  id    Int    @id\n  posts Post[]\n}\n");
        write("models/post.prisma", """
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        Result result = run("validate", "--schema", this.folder.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("is valid: 2 models");
    }

    @Test
    void missingSchemaPathIsAUsageError() {
        Result result = run("validate", "--schema", this.folder.resolve("nope.prisma").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist");
    }

    @Test
    void missingOptionIsAUsageError() {
        Result result = run("validate");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--schema=PATH'");
    }

    private Path write(String name, String content) throws IOException {
        Path file = this.folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = GooferCli.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private record Result(int code, String out, String err) {
    }

}
