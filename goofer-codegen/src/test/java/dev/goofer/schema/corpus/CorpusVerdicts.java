package dev.goofer.schema.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.SchemaAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a corpus schema against Prisma 6.19's verdict from {@code SOURCES.tsv}.
 */
final class CorpusVerdicts {

    private static final Pattern INVALID = Pattern.compile("INVALID\\((\\d+) errors, lines ([\\d,]+)\\)");

    private CorpusVerdicts() {
    }

    /**
     * Check one schema: MongoDB schemas get the single provider error, schemas Prisma
     * accepts have no error, and schemas Prisma rejects have as many errors, on the lines
     * it reports.
     * @param file the schema file
     * @param provider the provider column of {@code SOURCES.tsv}
     * @param verdict the {@code prisma_6.19_validate} column of {@code SOURCES.tsv}
     * @throws IOException if the file cannot be read
     */
    static void check(Path file, String provider, String verdict) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        SchemaAnalyzer.Result result = PrismaSchemas
            .analyze(List.of(new SourceFile(file.getFileName().toString(), content)));
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (provider.startsWith("mongodb")) {
            assertThat(errors).singleElement()
                .satisfies((error) -> assertThat(error.message()).contains("\"mongodb\" is not supported"));
            return;
        }
        Matcher invalid = INVALID.matcher(verdict);
        if (!invalid.find()) {
            assertThat(errors).as("errors in a schema Prisma accepts").isEmpty();
            assertThat(result.schema()).isNotNull();
            return;
        }
        Set<Integer> errorLines = new TreeSet<>();
        errors.forEach((error) -> errorLines.add(error.span().line()));
        for (String line : invalid.group(2).split(",")) {
            assertThat(errorLines).as("lines with errors").contains(Integer.parseInt(line));
        }
        assertThat(errors).hasSize(Integer.parseInt(invalid.group(1)));
    }

}
