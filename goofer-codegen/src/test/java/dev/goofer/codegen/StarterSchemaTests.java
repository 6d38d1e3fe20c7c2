package dev.goofer.codegen;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.goofer.codegen.testing.InProcessCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StarterSchemaTests {

    @TempDir
    Path folder;

    @Test
    void theStarterOfEveryProviderIsValidAndItsClientCompiles() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String provider : StarterSchema.PROVIDERS) {
            Path schema = this.folder.resolve(provider).resolve(StarterSchema.FILE_NAME);
            StarterSchema.write(schema, provider, "starter." + provider);
            GeneratedClient client = ClientGeneration.create().generate(schema);
            assertThat(client.warnings()).isEmpty();
            assertThat(client.options().packageName()).isEqualTo("starter." + provider);
            assertThat(client.schema().provider().prismaName()).isEqualTo(provider);
            assertThat(client.schema().models()).extracting((model) -> model.name()).containsExactly("User", "Post");
            client.files()
                .stream()
                .filter((file) -> file.kind() == GeneratedFile.Kind.SOURCE)
                .forEach((file) -> sources.put(file.path(), file.content()));
        }
        assertThat(InProcessCompiler.compile(sources, this.folder.resolve("classes"))).isEmpty();
    }

    @Test
    void theStarterNamesThePackageInItsGeneratorBlock() {
        assertThat(StarterSchema.content("postgresql", "com.example.db"))
            .contains("generator client {\n  provider = \"goofer\"\n  package  = \"com.example.db\"\n}")
            .contains("datasource db {\n  provider = \"postgresql\"\n}")
            .contains("@relation(fields: [authorId], references: [id], onDelete: Cascade)");
    }

    @Test
    void anExistingSchemaIsNeverOverwritten() throws IOException {
        Path schema = this.folder.resolve("schema.prisma");
        Files.writeString(schema, "// mine\n");
        assertThatExceptionOfType(FileAlreadyExistsException.class)
            .isThrownBy(() -> StarterSchema.write(schema, "sqlite", "app.db"))
            .withMessage(schema + ": a schema already exists; Goofer does not overwrite it");
        assertThat(schema).hasContent("// mine");
    }

    @Test
    void unknownProvidersAndPackagesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> StarterSchema.content("oracle", "app.db"))
            .withMessage("Unknown provider \"oracle\": use one of sqlite, postgresql, mysql.");
        assertThatIllegalArgumentException().isThrownBy(() -> StarterSchema.content("sqlite", "app.class"))
            .withMessage("\"app.class\" is not a Java package name");
        assertThat(this.folder.resolve("schema.prisma")).doesNotExist();
    }

}
