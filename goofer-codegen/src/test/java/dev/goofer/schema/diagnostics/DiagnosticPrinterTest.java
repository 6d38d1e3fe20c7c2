package dev.goofer.schema.diagnostics;

import java.util.List;

import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Diagnostics render as {@code file:line:column: error: message} plus a psl-style code
 * frame.
 */
class DiagnosticPrinterTest {

    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
            }

            model User {
              id    Int    @id
              email String
              email String
            }
            """;

    @Test
    void exceptionMessageListsEachErrorOnOneLine() {
        assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> PrismaSchemas.load(SCHEMA))
            .withMessage("schema.prisma:8:3: error: Field \"email\" is already defined on model \"User\".");
    }

    @Test
    void rendersACodeFrameUnderTheOneLineForm() {
        SchemaValidationException exception = catchException();
        assertThat(exception.render()).isEqualTo("""
                schema.prisma:8:3: error: Field "email" is already defined on model "User".
                  -->  schema.prisma:8:3
                   |
                 7 |   email String
                 8 |   email String
                   |   ^^^^^
                """);
        assertThat(exception.errors()).hasSize(1);
        assertThat(exception.sources()).extracting(SourceFile::name).containsExactly("schema.prisma");
    }

    @Test
    void rendersWithoutAFrameWhenTheSourceIsUnknown() {
        Diagnostic warning = Diagnostic.warning("Something to note.", new SourceSpan("other.prisma", 0, 1, 1, 1));
        assertThat(DiagnosticPrinter.render(List.of(warning), List.of()))
            .isEqualTo("other.prisma:1:1: warning: Something to note.\n  -->  other.prisma:1:1\n");
    }

    @Test
    void keepsTabsAlignedInTheCaretLine() {
        SourceFile file = new SourceFile("t.prisma", "model A {\n\tid Int @idd\n}\n");
        Diagnostic error = Diagnostic.error("Bad.", file.span(18, 22));
        assertThat(DiagnosticPrinter.render(error, file)).endsWith(" 2 | \tid Int @idd\n   | \t       ^^^^\n");
    }

    private static SchemaValidationException catchException() {
        try {
            PrismaSchemas.load(SCHEMA);
        }
        catch (SchemaValidationException ex) {
            return ex;
        }
        throw new AssertionError("The schema is valid");
    }

}
