package dev.goofer.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code goofer:generate}, run by setting the goal's fields as Maven would.
 */
class GenerateMojoTest {

    private static final String GENERATOR = """
            generator client {
              provider = "goofer"
              package  = "com.example.blog"
            }

            """;

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path folder;

    final RecordingLog log = new RecordingLog();

    final MavenProject project = project("com.example");

    @Test
    void generatesTheClientAndAddsItsSourcesAndResourcesToTheBuild() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        Path sources = target("generated-sources/goofer");
        Path resources = target("generated-resources/goofer");
        assertThat(sources.resolve("com/example/blog/User.java")).isRegularFile();
        assertThat(sources.resolve("com/example/blog/GooferClient.java")).isRegularFile();
        assertThat(resources.resolve("META-INF/services/dev.goofer.client.ClientDefinition"))
            .hasContent("com.example.blog.GooferClientDefinition");
        assertThat(this.project.getCompileSourceRoots()).contains(sources.toString());
        assertThat(this.project.getResources()).extracting(Resource::getDirectory).contains(resources.toString());
        assertThat(this.log.at("info")).singleElement()
            .asString()
            .startsWith("Generated the Goofer client com.example.blog.GooferClient from " + schema
                    + ": 2 models, 14 files (14 written, 0 deleted) in ");
        assertThat(this.log.at("warn")).isEmpty();
    }

    @Test
    void aSecondRunWritesNothingAndStillAddsTheRoots() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        Map<String, String> first = tree(target("generated-sources/goofer"));
        ageEveryFile();
        MavenProject next = project("com.example");
        GenerateMojo again = mojo(schema);
        again.project = next;
        again.execute();
        assertThat(this.log.at("info")).last()
            .isEqualTo("The Goofer client is up to date with " + schema + " (14 files in "
                    + target("generated-sources/goofer") + ").");
        assertThat(tree(target("generated-sources/goofer"))).isEqualTo(first);
        try (Stream<Path> files = Files.walk(target("generated-sources/goofer"))) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(
                    (file) -> assertThat(Files.getLastModifiedTime(file)).as("%s untouched", file).isEqualTo(LONG_AGO));
        }
        assertThat(next.getCompileSourceRoots()).contains(target("generated-sources/goofer").toString());
    }

    @Test
    void editingTheSchemaRegeneratesAndDeletesTheSourcesOfRemovedModels() throws Exception {
        Path schema = schema(GENERATOR + "model Tag {\n  id Int @id\n}\n");
        mojo(schema).execute();
        assertThat(target("generated-sources/goofer/com/example/blog/Tag.java")).isRegularFile();
        ageEveryFile();
        Files.writeString(schema, GENERATOR + datasource() + Schemas.BLOG_MODELS_WITHOUT_NAME);
        mojo(schema).execute();
        assertThat(target("generated-sources/goofer/com/example/blog/Tag.java")).doesNotExist();
        assertThat(target("generated-sources/goofer/com/example/blog/User.java")).content()
            .doesNotContain("String name");
        assertThat(Files.getLastModifiedTime(target("generated-sources/goofer/com/example/blog/PostFields.java")))
            .as("unchanged files are left alone")
            .isEqualTo(LONG_AGO);
        assertThat(this.log.at("info")).last().asString().contains(" written, 5 deleted)");
    }

    @Test
    void changingThePackageDeletesTheOldPackage() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        GenerateMojo moved = mojo(schema);
        moved.packageName = "org.example.data";
        moved.execute();
        assertThat(target("generated-sources/goofer/org/example/data/User.java")).isRegularFile();
        assertThat(target("generated-sources/goofer/com")).as("emptied folders are removed").doesNotExist();
        assertThat(target("generated-resources/goofer/META-INF/services/dev.goofer.client.ClientDefinition"))
            .hasContent("org.example.data.GooferClientDefinition");
    }

    @Test
    void movingTheOutputDirectoryDeletesTheOldOutput() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        GenerateMojo moved = mojo(schema);
        moved.outputDirectory = target("goofer-sources").toFile();
        moved.execute();
        assertThat(target("goofer-sources/com/example/blog/User.java")).isRegularFile();
        assertThat(target("generated-sources/goofer/com")).doesNotExist();
    }

    @Test
    void twoExecutionsKeepEachOthersOutput() throws Exception {
        Path schema = schema(GENERATOR);
        GenerateMojo second = mojo(schema);
        second.mojoExecution = new org.apache.maven.plugin.MojoExecution(
                new org.apache.maven.plugin.descriptor.MojoDescriptor(), "second");
        second.packageName = "org.example.second";
        second.outputDirectory = target("generated-sources/second").toFile();
        second.resourceOutputDirectory = target("generated-resources/second").toFile();
        mojo(schema).execute();
        second.execute();
        mojo(schema).execute();
        assertThat(target("generated-sources/goofer/com/example/blog/User.java")).isRegularFile();
        assertThat(target("generated-sources/second/org/example/second/User.java")).isRegularFile();
    }

    @Test
    void aDeletedOutputFileIsGeneratedAgain() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        Files.delete(target("generated-sources/goofer/com/example/blog/User.java"));
        mojo(schema).execute();
        assertThat(target("generated-sources/goofer/com/example/blog/User.java")).isRegularFile();
        assertThat(this.log.at("info")).last().asString().contains("(1 written, 0 deleted)");
    }

    @Test
    void forceGeneratesEvenWhenUpToDate() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        GenerateMojo forced = mojo(schema);
        forced.force = true;
        forced.execute();
        assertThat(this.log.at("info")).last().asString().contains("(0 written, 0 deleted)");
    }

    @Test
    void withoutAPackageTheGroupIdNamesIt() throws Exception {
        Path schema = schema("");
        GenerateMojo mojo = mojo(schema);
        mojo.project = project("com.my-shop.2024");
        mojo.execute();
        assertThat(target("generated-sources/goofer/com/my_shop/_2024/db/GooferClient.java")).isRegularFile();
    }

    @Test
    void parametersOverrideTheGeneratorBlock() throws Exception {
        GenerateMojo mojo = mojo(schema(GENERATOR));
        mojo.packageName = "app.data";
        mojo.clientName = "BlogDb";
        mojo.execute();
        assertThat(target("generated-sources/goofer/app/data/BlogDb.java")).isRegularFile();
        assertThat(target("generated-sources/goofer/com/example/blog")).doesNotExist();
    }

    @Test
    void invalidParametersFailTheBuild() {
        GenerateMojo mojo = mojo(schema(GENERATOR));
        mojo.packageName = "app.class";
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
            .withMessage("Invalid goofer:generate parameter: \"app.class\" is not a Java package name.");
    }

    @Test
    void schemaErrorsFailTheBuildListingEveryDiagnostic() {
        Path schema = Schemas.write(this.folder, "src/main/prisma/schema.prisma", "sqlite", """
                model User {
                  id    Int     @id
                  email Strin
                  role  Rolee
                }
                """);
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(schema).execute())
            .withMessageStartingWith("The Goofer schema at " + schema + " is invalid (2 errors):\n")
            .withMessageContaining(schema + ":7:9: error: ")
            .withMessageContaining(schema + ":8:9: error: ");
        assertThat(target("generated-sources/goofer")).doesNotExist();
    }

    @Test
    void namesThatClashInJavaFailTheBuildAtTheirLine() {
        Path schema = Schemas.write(this.folder, "src/main/prisma/schema.prisma",
                GENERATOR + datasource() + Schemas.BLOG_MODELS + "model user {\n  id Int @id\n}\n");
        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo(schema).execute())
            .withMessage("The Goofer schema at " + schema + " is invalid (1 error):\n" + schema
                    + ":23:7: error: Model \"user\" needs the Java type \"User\", which is already the record of "
                    + "model \"User\". Rename the model; @@map keeps its table name.");
    }

    @Test
    void warningsAreLogged() throws Exception {
        Path schema = schema(GENERATOR.replace("}\n", "  flavour = \"mild\"\n}\n"));
        mojo(schema).execute();
        assertThat(this.log.at("warn")).containsExactly(schema + ":4:3: warning: Goofer does not read the property "
                + "\"flavour\" of generator \"client\". Its properties are package, clientName, output and previewFeatures.");
    }

    @Test
    void twoBuildsOfTheSameSchemaAreByteIdentical() throws Exception {
        Path schema = schema(GENERATOR);
        mojo(schema).execute();
        GenerateMojo other = mojo(schema);
        other.buildDirectory = this.folder.resolve("other").toFile();
        other.outputDirectory = this.folder.resolve("other/java").toFile();
        other.resourceOutputDirectory = this.folder.resolve("other/resources").toFile();
        other.execute();
        assertThat(tree(this.folder.resolve("other/java"))).isEqualTo(tree(target("generated-sources/goofer")))
            .isNotEmpty();
    }

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo mojo = mojo(this.folder.resolve("missing.prisma"));
        mojo.skip = true;
        mojo.execute();
        assertThat(this.project.getCompileSourceRoots()).isEmpty();
        assertThat(this.log.at("info")).containsExactly("Skipping Goofer (goofer.skip=true).");
    }

    private Path schema(String generator) {
        return Schemas.write(this.folder, "src/main/prisma/schema.prisma",
                generator + datasource() + Schemas.BLOG_MODELS);
    }

    private static String datasource() {
        return "datasource db {\n  provider = \"sqlite\"\n}\n\n";
    }

    private GenerateMojo mojo(Path schema) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.setLog(this.log);
        mojo.schema = schema.toFile();
        mojo.buildDirectory = target("").toFile();
        mojo.outputDirectory = target("generated-sources/goofer").toFile();
        mojo.resourceOutputDirectory = target("generated-resources/goofer").toFile();
        mojo.project = this.project;
        return mojo;
    }

    private Path target(String path) {
        return this.folder.resolve("target").resolve(path).toAbsolutePath().normalize();
    }

    private void ageEveryFile() throws IOException {
        try (Stream<Path> files = Files.walk(target(""))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private static MavenProject project(String groupId) {
        MavenProject project = new MavenProject();
        project.setGroupId(groupId);
        return project;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

}
