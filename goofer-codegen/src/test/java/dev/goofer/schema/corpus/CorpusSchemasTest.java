package dev.goofer.schema.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.SharedCorpus;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.SchemaAnalyzer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the 50 real-world schemas of the shared corpus against what Prisma 6.19 says
 * of them ({@code SOURCES.tsv}): every SQL schema Prisma accepts is accepted, the two it
 * rejects are rejected with errors on the lines Prisma reports, and MongoDB schemas get
 * the single provider error. The AGPL and GPL schemas are only read here, never copied.
 */
class CorpusSchemasTest {

    private static final Pattern INVALID = Pattern.compile("INVALID\\((\\d+) errors, lines ([\\d,]+)\\)");

    @TestFactory
    Stream<DynamicTest> corpusSchemasAgreeWithPrisma() throws IOException {
        Path corpus = SharedCorpus.corpus();
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            Path file = corpus.resolve("schemas").resolve(columns[0]);
            tests.add(DynamicTest.dynamicTest(columns[0], () -> check(file, columns[5], columns[14])));
        }
        return tests.stream();
    }

    private static void check(Path file, String provider, String verdict) throws IOException {
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
