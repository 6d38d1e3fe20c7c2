package dev.goofer.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code goofer:validate}, run by setting the goal's fields as Maven would.
 */
class ValidateMojoTest {

    @TempDir
    Path folder;

    final RecordingLog log = new RecordingLog();

    @Test
    void validSchemaLogsASummary() throws Exception {
        Path schema = Schemas.write(this.folder, "schema.prisma", "sqlite", Schemas.BLOG_MODELS);
        mojo(schema.toFile()).execute();
        assertThat(this.log.at("info"))
            .containsExactly("The Goofer schema at " + schema + " is valid: 2 models, 0 enums, 0 warnings.");
    }

    @Test
    void invalidSchemaFailsTheBuildListingEveryDiagnostic() {
        Path schema = Schemas.write(this.folder, "schema.prisma", "sqlite", """
                model User {
                  id    Int     @id
                  email Strin
                  posts Postt[]
                  role  Rolee
                }
                """);
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(schema.toFile()).execute())
            .withMessageStartingWith("The Goofer schema at " + schema + " is invalid (3 errors):\n")
            .withMessageContaining(schema + ":7:9: error: ")
            .withMessageContaining(schema + ":8:9: error: ")
            .withMessageContaining(schema + ":9:9: error: ");
        assertThat(this.log.at("error")).as("diagnostics are listed once, in the failure").isEmpty();
    }

    @Test
    void folderIsValidatedAsOneSchema() throws Exception {
        Schemas.write(this.folder, "prisma/schema.prisma", "datasource db {\n  provider = \"sqlite\"\n}\n");
        Schemas.write(this.folder, "prisma/models/user.prisma", "model User {\n  id Int @id\n}\n");
        mojo(this.folder.resolve("prisma").toFile()).execute();
        assertThat(this.log.at("info")).singleElement().asString().contains("is valid: 1 model");
    }

    @Test
    void warningsAreLoggedAsWarnings() throws Exception {
        Path schema = Schemas.write(this.folder, "schema.prisma", """
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["metrics"]
                }
                """);
        mojo(schema.toFile()).execute();
        assertThat(this.log.at("warn")).singleElement()
            .asString()
            .startsWith(schema + ":3:21: warning: Preview feature \"metrics\" is deprecated.");
    }

    @Test
    void missingSchemaFailsWithAHint() {
        File missing = this.folder.resolve("src/main/prisma/schema.prisma").toFile();
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(missing).execute())
            .withMessage("No Goofer schema at " + missing + ": create it (mvn goofer:init writes a starter schema), "
                    + "or set the schema parameter (-Dgoofer.schema=...) to a schema.prisma file or a folder of "
                    + ".prisma files.");
    }

    @Test
    void skipDoesNothing() throws Exception {
        ValidateMojo mojo = mojo(this.folder.resolve("missing.prisma").toFile());
        mojo.skip = true;
        mojo.execute();
        assertThat(this.log.at("info")).containsExactly("Skipping Goofer (goofer.skip=true).");
    }

    private ValidateMojo mojo(File schema) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(this.log);
        mojo.schema = schema;
        return mojo;
    }

}
