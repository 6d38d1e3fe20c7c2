package dev.goofer.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.SchemaAnalyzer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven schema tests in the style of Prisma's validation fixtures: each file under
 * {@code schema/valid} and {@code schema/invalid} holds a schema followed by the
 * diagnostics it must produce, one {@code // file:line:column: severity: message} line
 * each, in a trailing comment block. Run with {@code -Dgoofer.updateExpected=true} to
 * rewrite the expectations from the current output.
 */
class SchemaFixturesTest {

    private static final Path SOURCE_ROOT = Path.of("src/test/resources/schema");

    private static final boolean UPDATE = Boolean.getBoolean("goofer.updateExpected");

    @TestFactory
    Stream<DynamicTest> validSchemasProduceNoErrorAndTheExpectedWarnings() throws IOException {
        return fixtures("valid", true);
    }

    @TestFactory
    Stream<DynamicTest> invalidSchemasProduceExactlyTheExpectedDiagnostics() throws IOException {
        return fixtures("invalid", false);
    }

    private static Stream<DynamicTest> fixtures(String folder, boolean valid) throws IOException {
        Path root = SOURCE_ROOT.resolve(folder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter((path) -> path.toString().endsWith(".prisma")).sorted().toList();
        }
        assertThat(files).as("fixtures under " + root).isNotEmpty();
        return files.stream()
            .map((file) -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> check(file, valid)));
    }

    private static void check(Path file, boolean valid) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Expectation expectation = Expectation.split(text);
        SchemaAnalyzer.Result result = PrismaSchemas
            .analyze(List.of(new SourceFile(file.getFileName().toString(), expectation.schema())));
        List<String> actual = result.diagnostics().stream().map(Diagnostic::format).toList();
        if (UPDATE) {
            Files.writeString(file, expectation.schema() + render(actual), StandardCharsets.UTF_8);
            return;
        }
        assertThat(result.diagnostics().stream().anyMatch(Diagnostic::isError)).as("has errors").isEqualTo(!valid);
        assertThat(actual).isEqualTo(expectation.diagnostics());
    }

    private static String render(List<String> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (String diagnostic : diagnostics) {
            out.append("// ").append(diagnostic).append('\n');
        }
        return out.toString();
    }

    /**
     * A fixture split into its schema and the expected diagnostics of its trailing
     * comment block: the last run of lines starting with {@code //} that reaches the end
     * of the file.
     */
    record Expectation(String schema, List<String> diagnostics) {

        static Expectation split(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            int start = lines.size();
            while (start > 0 && lines.get(start - 1).startsWith("//")) {
                start--;
            }
            List<String> expected = new ArrayList<>();
            for (String line : lines.subList(start, lines.size())) {
                expected.add(line.startsWith("// ") ? line.substring(3) : line.substring(2));
            }
            String schema = String.join("\n", lines.subList(0, start)) + "\n";
            return new Expectation(schema, expected);
        }

    }

}
