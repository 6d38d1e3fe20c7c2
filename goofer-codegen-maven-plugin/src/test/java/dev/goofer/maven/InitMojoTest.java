package dev.goofer.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.goofer.codegen.ClientGeneration;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code goofer:init}, run by setting the goal's fields as Maven would.
 */
class InitMojoTest {

    @TempDir
    Path folder;

    final RecordingLog log = new RecordingLog();

    @Test
    void writesAStarterSchemaThatGeneratesAClientInTheGroupIdPackage() throws Exception {
        Path schema = this.folder.resolve("src/main/prisma/schema.prisma");
        mojo(schema, "postgresql").execute();
        assertThat(schema).content()
            .contains("provider = \"goofer\"\n  package  = \"com.example.shop.db\"")
            .contains("provider = \"postgresql\"");
        assertThat(ClientGeneration.create().generate(schema).options().packageName()).isEqualTo("com.example.shop.db");
        assertThat(this.log.at("info")).singleElement()
            .asString()
            .startsWith("Wrote a starter Goofer schema for postgresql to " + schema + " (client package "
                    + "com.example.shop.db).");
    }

    @Test
    void thePackageParameterNamesThePackage() throws Exception {
        Path schema = this.folder.resolve("schema.prisma");
        InitMojo mojo = mojo(schema, "mysql");
        mojo.packageName = "app.db";
        mojo.execute();
        assertThat(schema).content().contains("package  = \"app.db\"").contains("provider = \"mysql\"");
    }

    @Test
    void aFolderReceivesASchemaFile() throws Exception {
        Path prisma = this.folder.resolve("prisma");
        mojo(prisma, "sqlite").execute();
        assertThat(prisma.resolve("schema.prisma")).content().contains("provider = \"sqlite\"");
    }

    @Test
    void anExistingSchemaIsNeverOverwritten() throws Exception {
        Path schema = Schemas.write(this.folder, "src/main/prisma/schema.prisma", "// mine\n");
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(schema, "sqlite").execute())
            .withMessage("A schema already exists at " + schema + "; goofer:init does not overwrite it.");
        assertThat(schema).hasContent("// mine");
        Path folder = schema.getParent();
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(folder, "sqlite").execute())
            .withMessage("The folder " + folder + " already holds a schema; goofer:init does not overwrite it.");
    }

    @Test
    void anUnknownProviderFailsTheBuild() {
        Path schema = this.folder.resolve("schema.prisma");
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(schema, "oracle").execute())
            .withMessage("Invalid goofer:init parameter: Unknown provider \"oracle\": use one of sqlite, "
                    + "postgresql, mysql.");
        assertThat(Files.exists(schema)).isFalse();
    }

    private InitMojo mojo(Path schema, String provider) {
        InitMojo mojo = new InitMojo();
        mojo.setLog(this.log);
        mojo.schema = schema.toFile();
        mojo.provider = provider;
        MavenProject project = new MavenProject();
        project.setGroupId("com.example.shop");
        mojo.project = project;
        return mojo;
    }

}
