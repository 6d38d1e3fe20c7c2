package dev.goofer.schema;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.Model;
import dev.goofer.schema.semantic.ResolvedSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A folder of {@code .prisma} files forms one schema: names resolve across files and each
 * diagnostic names the file it is about.
 */
class MultiFileSchemaTest {

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(MultiFileSchemaTest.class.getResource("/multifile/" + name).toURI());
    }

    @Test
    void filesOfAFolderFormOneSchema() throws URISyntaxException {
        ResolvedSchema schema = PrismaSchemas.load(folder("valid"));
        assertThat(schema.documents()).hasSize(4);
        assertThat(schema.models()).extracting(Model::name).containsExactlyInAnyOrder("User", "Post");
        assertThat(schema.model("Post").findRelationField("author").orElseThrow().opposite().name()).isEqualTo("posts");
        assertThat(schema.model("User").findScalarField("role").orElseThrow().enumType().name()).isEqualTo("Role");
        assertThat(schema.findGenerator("goofer").orElseThrow().property("package")).isEqualTo("com.acme.blog");
        assertThat(schema.datasource().name()).isEqualTo("db");
    }

    @Test
    void diagnosticsNameTheFileTheyAreAbout() throws URISyntaxException {
        SchemaValidationException exception = catchException(folder("invalid"));
        List<Diagnostic> errors = exception.errors();
        assertThat(errors).hasSize(1);
        Diagnostic duplicate = errors.get(0);
        assertThat(Path.of(duplicate.span().file()).getFileName()).hasToString("b.prisma");
        assertThat(duplicate.span().line()).isEqualTo(8);
        assertThat(duplicate.message())
            .isEqualTo("The model \"A\" cannot be defined because a model with that name " + "already exists.");
        assertThat(exception.render()).contains("b.prisma:8:7").contains(" 8 | model A {");
    }

    @Test
    void crossFileTypeErrorsPointIntoTheirFile() {
        List<SourceFile> sources = List.of(
                new SourceFile("schema.prisma", "datasource db {\n  provider = \"sqlite\"\n}\n"),
                new SourceFile("models/a.prisma", "model A {\n  id Int @id\n  b  B?\n}\n"),
                new SourceFile("models/b.prisma", "model B {\n  id Int @id\n  c  Missing\n}\n"));
        SchemaValidationException exception = catchException(sources);
        assertThat(exception.errors()).extracting(Diagnostic::format)
            .containsExactly("models/b.prisma:3:6: error: Type \"Missing\" is neither a built-in type, nor refers to "
                    + "another model, composite type, or enum.");
    }

    @Test
    void datasourcesInSeveralFilesAreReportedInEachFile() {
        List<SourceFile> sources = List.of(new SourceFile("one.prisma", "datasource a {\n  provider = \"sqlite\"\n}\n"),
                new SourceFile("two.prisma", "datasource b {\n  provider = \"sqlite\"\n}\n"));
        assertThat(catchException(sources).errors()).extracting((error) -> error.span().file())
            .containsExactly("one.prisma", "two.prisma");
    }

    @Test
    void aFolderWithoutSchemaFilesIsAnError() throws URISyntaxException {
        assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> PrismaSchemas.load(folder("empty")))
            .withMessageContaining("The folder contains no .prisma schema file.");
    }

    private static SchemaValidationException catchException(Path folder) {
        try {
            PrismaSchemas.load(folder);
        }
        catch (SchemaValidationException ex) {
            return ex;
        }
        throw new AssertionError("The schema is valid");
    }

    private static SchemaValidationException catchException(List<SourceFile> sources) {
        try {
            PrismaSchemas.load(sources);
        }
        catch (SchemaValidationException ex) {
            return ex;
        }
        throw new AssertionError("The schema is valid");
    }

}
