package dev.goofer.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The facade from a schema to its client's files: the Goofer generator block, overrides,
 * and naming conflicts reported as schema errors.
 */
class ClientGenerationTests {

    private static final String MODELS = """
            datasource db {
              provider = "sqlite"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
              posts Post[]
            }

            model Post {
              id       Int  @id @default(autoincrement())
              authorId Int
              author   User @relation(fields: [authorId], references: [id])
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theGooferGeneratorBlockNamesThePackageAndTheClient() {
        GeneratedClient client = generate(ClientGeneration.create(), """
                generator js {
                  provider = "prisma-client-js"
                  output   = "../node_modules/.prisma/client"
                }

                generator goofer {
                  provider   = "goofer"
                  package    = "com.example.shop"
                  clientName = "ShopDb"
                }
                """ + MODELS);
        assertThat(client.options().packageName()).isEqualTo("com.example.shop");
        assertThat(client.options().clientClassName()).isEqualTo("ShopDb");
        assertThat(client.files()).extracting(GeneratedFile::path)
            .contains("com/example/shop/User.java", "com/example/shop/ShopDb.java",
                    "META-INF/services/dev.goofer.client.ClientDefinition");
        assertThat(client.warnings()).isEmpty();
        assertThat(client.output()).as("the output of other generators is ignored").isNull();
        assertThat(client.schema().models()).hasSize(2);
    }

    @Test
    void theLongProviderNameWorksToo() {
        GeneratedClient client = generate(ClientGeneration.create(), """
                generator client {
                  provider = "goofer-client-java"
                  package  = "app.db"
                }
                """ + MODELS);
        assertThat(client.options().packageName()).isEqualTo("app.db");
        assertThat(client.options().clientClassName()).isEqualTo("GooferClient");
    }

    @Test
    void settingsOfTheCallerOverrideTheBlock() {
        GeneratedClient client = generate(ClientGeneration.create()
            .withPackageName("override.db")
            .withClientClassName("Db")
            .withDefaultPackageName("fallback.db"), """
                    generator client {
                      provider   = "goofer"
                      package    = "com.example.shop"
                      clientName = "ShopDb"
                    }
                    """ + MODELS);
        assertThat(client.options().packageName()).isEqualTo("override.db");
        assertThat(client.options().clientClassName()).isEqualTo("Db");
    }

    @Test
    void theDefaultPackageAppliesWhenNothingElseNamesOne() {
        GeneratedClient client = generate(ClientGeneration.create().withDefaultPackageName("fallback.db"), MODELS);
        assertThat(client.options().packageName()).isEqualTo("fallback.db");
        assertThatExceptionOfType(MissingPackageException.class)
            .isThrownBy(() -> generate(ClientGeneration.create(), MODELS))
            .withMessageStartingWith(
                    "No package for the generated client: set package in the schema's Goofer " + "generator block");
    }

    @Test
    void callerSettingsMustBeJavaNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClientGeneration.create().withPackageName("com.1x"))
            .withMessage("\"com.1x\" is not a Java package name");
        assertThatIllegalArgumentException().isThrownBy(() -> ClientGeneration.create().withClientClassName("my-db"))
            .withMessage("\"my-db\" is not a Java class name");
    }

    @Test
    void namingConflictsAreSchemaErrorsAtTheNamesOncePerName() {
        Path schema = write("schema.prisma", MODELS + """

                model user {
                  id      Int @id
                  userId  Int
                  user_id Int
                }
                """);
        SchemaValidationException failure = failure(ClientGeneration.create().withPackageName("app.db"), schema);
        assertThat(failure.errors()).extracting(Diagnostic::format)
            .containsExactly(schema + ":17:7: error: Model \"user\" needs the Java type \"User\", which is already "
                    + "the record of model \"User\". Rename the model; @@map keeps its table name.");
        assertThat(failure.render()).contains("  -->  " + schema + ":17:7").contains("17 | model user {");
        assertThat(failure.diagnostics()).as("names that give way are not reported while others clash")
            .allMatch(Diagnostic::isError);
    }

    @Test
    void namesThatGiveWayAreWarningsAtTheField() {
        Path schema = write("schema.prisma", MODELS + """

                model Account {
                  id         Int  @id
                  created_at Int?
                  createdAt  DateTime @default(now())
                }
                """);
        GeneratedClient client = ClientGeneration.create().withPackageName("app.db").generate(schema);
        assertThat(client.warnings()).extracting(Diagnostic::format)
            .containsExactly(schema + ":19:3: warning: Field \"created_at\" of model \"Account\" gets the Java name "
                    + "\"createdAt_\", because field \"createdAt\" already uses \"createdAt\". Rename one of the "
                    + "fields to avoid the underscore; @map keeps the column name.");
    }

    @Test
    void enumValueConflictsPointAtTheValue() {
        Path schema = write("schema.prisma", MODELS + """

                enum Mode {
                  default
                  default_
                }
                """);
        SchemaValidationException failure = failure(ClientGeneration.create().withPackageName("app.db"), schema);
        assertThat(failure.errors()).singleElement()
            .extracting(Diagnostic::format)
            .asString()
            .startsWith(schema + ":19:3: error: Value \"default_\" of enum \"Mode\" needs the Java constant "
                    + "\"default_\"");
    }

    @Test
    void anInvalidGeneratorBlockFailsWithEveryProblemAndWarnsOfUnknownProperties() {
        Path schema = write("schema.prisma", """
                generator client {
                  provider   = "goofer"
                  package    = "com.example-shop.db"
                  clientName = "1Db"
                  packageName = "typo"
                }

                generator other {
                  provider = "goofer"
                }
                """ + MODELS);
        SchemaValidationException failure = failure(ClientGeneration.create().withPackageName("app.db"), schema);
        assertThat(failure.diagnostics()).extracting(Diagnostic::format)
            .containsExactly(
                    schema + ":8:11: error: Generator \"other\" uses the Goofer provider, which generator \"client\" "
                            + "already uses. One schema generates one Goofer client: remove one of the generators.",
                    schema + ":3:16: error: The package \"com.example-shop.db\" of generator \"client\" is not a Java "
                            + "package name: use dot-separated Java identifiers, such as \"com.example.db\".",
                    schema + ":4:16: error: The clientName \"1Db\" of generator \"client\" is not a Java class "
                            + "name: use an identifier such as \"GooferClient\".",
                    schema + ":5:3: warning: Goofer does not read the property \"packageName\" of generator "
                            + "\"client\". Its properties are package, clientName, output and previewFeatures.");
    }

    @Test
    void generatorPropertiesMustBeStrings() {
        Path schema = write("schema.prisma", """
                generator client {
                  provider = "goofer"
                  package  = env("PACKAGE")
                }
                """ + MODELS);
        SchemaValidationException failure = failure(ClientGeneration.create(), schema);
        assertThat(failure.errors()).extracting(Diagnostic::format)
            .containsExactly(schema + ":3:14: error: The property \"package\" of generator \"client\" must be a "
                    + "string: Goofer reads it when generating the client, not from the environment.");
    }

    @Test
    void unknownPropertiesAreOnlyWarnings() {
        Path schema = write("schema.prisma", """
                generator client {
                  provider = "goofer"
                  package  = "app.db"
                  flavour  = "mild"
                }
                """ + MODELS);
        GeneratedClient client = ClientGeneration.create().generate(schema);
        assertThat(client.warnings()).extracting(Diagnostic::format)
            .containsExactly(schema + ":4:3: warning: Goofer does not read the property \"flavour\" of generator "
                    + "\"client\". Its properties are package, clientName, output and previewFeatures.");
    }

    @Test
    void previewFeaturesAreReadByTheValidatorWithoutAWarning() {
        Path schema = write("schema.prisma", """
                generator client {
                  provider        = "goofer"
                  package         = "app.db"
                  previewFeatures = ["shardKeys"]
                }
                """ + MODELS);
        assertThat(ClientGeneration.create().generate(schema).warnings()).isEmpty();
    }

    @Test
    void aSchemaWithoutDatasourceCannotHaveAClient() {
        Path schema = write("schema.prisma", "model User {\n  id Int @id\n}\n");
        SchemaValidationException failure = failure(ClientGeneration.create().withPackageName("app.db"), schema);
        assertThat(failure.errors()).extracting(Diagnostic::format)
            .containsExactly(schema + ":1:1: error: The schema has no datasource block, whose provider the generated "
                    + "client needs: add one with the provider of your database, such as datasource db { provider = "
                    + "\"postgresql\" }.");
    }

    @Test
    void schemaErrorsAreReportedAsTheFrontEndFindsThem() {
        Path schema = write("schema.prisma", MODELS.replace("email String @unique", "email Strin @unique"));
        SchemaValidationException failure = failure(ClientGeneration.create().withPackageName("app.db"), schema);
        assertThat(failure.errors()).singleElement()
            .extracting(Diagnostic::format)
            .asString()
            .startsWith(schema + ":7:9: error: ");
    }

    @Test
    void theOutputOfTheBlockIsRelativeToTheFileDeclaringIt() {
        write("prisma/schema.prisma", """
                generator client {
                  provider = "goofer"
                  package  = "app.db"
                  output   = "../generated"
                }
                """ + MODELS);
        GeneratedClient client = ClientGeneration.create().generate(this.folder.resolve("prisma/schema.prisma"));
        assertThat(client.output()).isEqualTo(this.folder.resolve("generated"));
    }

    @Test
    void aFolderIsOneSchemaAndNamedSoInTheHeaders() {
        write("prisma/schema.prisma", "generator client {\n  provider = \"goofer\"\n  package  = \"app.db\"\n}\n"
                + "datasource db {\n  provider = \"postgresql\"\n}\n");
        write("prisma/models/user.prisma", "model User {\n  id Int @id\n}\n");
        GeneratedClient client = ClientGeneration.create().generate(this.folder.resolve("prisma"));
        assertThat(client.files()).extracting(GeneratedFile::path).contains("app/db/User.java");
        assertThat(client.files().get(0).content())
            .startsWith("// Generated by Goofer from prisma/*.prisma. Do not edit.\n");
    }

    @Test
    void generatingTwiceWritesByteIdenticalFiles() throws IOException {
        Path schema = write("schema.prisma", MODELS + """

                /// Who may do what.
                enum Role {
                  USER
                  /// Everything.
                  ADMIN @map("admin")
                }
                """);
        ClientGeneration generation = ClientGeneration.create().withPackageName("app.db");
        WrittenFiles first = generation.generate(schema).write(this.folder.resolve("a"), this.folder.resolve("a"));
        WrittenFiles second = ClientGeneration.create()
            .withPackageName("app.db")
            .generate(schema)
            .write(this.folder.resolve("b"), this.folder.resolve("b"));
        assertThat(first.changed()).isEqualTo(first.files().size());
        assertThat(tree(this.folder.resolve("a"))).isEqualTo(tree(this.folder.resolve("b")));
        WrittenFiles again = generation.generate(schema).write(this.folder.resolve("a"), this.folder.resolve("a"));
        assertThat(again.changed()).isZero();
        assertThat(again.files()).isEqualTo(first.files());
        assertThat(second.deleted()).isEmpty();
    }

    @Test
    void writingDeletesSourcesOfModelsNoLongerInTheSchema() throws IOException {
        Path schema = write("schema.prisma", MODELS + "\nmodel Tag {\n  id Int @id\n}\n");
        ClientGeneration generation = ClientGeneration.create().withPackageName("app.db");
        Path out = this.folder.resolve("out");
        generation.generate(schema).write(out, out);
        Files.writeString(schema, MODELS);
        WrittenFiles written = generation.generate(schema).write(out, out);
        assertThat(written.deleted()).extracting((path) -> path.getFileName().toString())
            .containsExactly("Tag.java", "TagCreate.java", "TagFields.java", "TagUpdate.java", "TagWhereUnique.java");
        assertThat(out.resolve("app/db/Tag.java")).doesNotExist();
    }

    @Test
    void sourcesInMemoryGenerateLikeFiles() {
        GeneratedClient client = ClientGeneration.create()
            .withPackageName("app.db")
            .generate(List.of(new SourceFile("blog.prisma", MODELS)), "blog.prisma");
        assertThat(client.files().get(0).content()).startsWith("// Generated by Goofer from blog.prisma.");
    }

    private GeneratedClient generate(ClientGeneration generation, String schema) {
        return generation.generate(write("schema.prisma", schema));
    }

    private static SchemaValidationException failure(ClientGeneration generation, Path schema) {
        try {
            generation.generate(schema);
        }
        catch (SchemaValidationException ex) {
            return ex;
        }
        throw new AssertionError("Expected the schema to be rejected");
    }

    private Path write(String name, String content) {
        try {
            Path file = this.folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
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
