package dev.goofer.schema;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.diagnostics.SourceSpan;
import dev.goofer.schema.semantic.SchemaAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tens of thousands of broken variants of real schemas (fixed seeds): the front end must
 * either accept a variant or report diagnostics with spans inside the text, never throw.
 * The count can be changed with {@code -Dgoofer.mutations=N}.
 */
class MutationRobustnessTest {

    private static final int MUTANTS = Integer.getInteger("goofer.mutations", 20_000);

    private static final long SEED = 20_251_029L;

    @Test
    void neverFailsOnBrokenSchemas() throws IOException, URISyntaxException {
        List<String> inputs = inputs();
        SchemaMutator mutator = new SchemaMutator(SEED, inputs);
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int rejected = 0;
        for (int i = 0; i < MUTANTS && failures.size() < 10; i++) {
            SchemaMutator.Mutant mutant = mutator.next();
            try {
                SchemaAnalyzer.Result result = PrismaSchemas
                    .analyze(List.of(new SourceFile("mutant.prisma", mutant.text())));
                String problem = checkSpans(result.diagnostics(), mutant.text());
                if (problem != null) {
                    failures.add(record(i, mutant, problem));
                }
                rejected += result.isValid() ? 0 : 1;
            }
            catch (RuntimeException | StackOverflowError ex) {
                failures.add(record(i, mutant, ex.toString()));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Mutation robustness: %d variants of %d schemas in %d ms, %d rejected%n", MUTANTS,
                inputs.size(), millis, rejected);
        assertThat(failures).isEmpty();
    }

    private static String checkSpans(List<Diagnostic> diagnostics, String text) {
        long lines = text.chars().filter((c) -> c == '\n').count() + 2;
        for (Diagnostic diagnostic : diagnostics) {
            SourceSpan span = diagnostic.span();
            if (span.startOffset() < 0 || span.endOffset() > text.length() || span.line() > lines) {
                return "span out of range: " + diagnostic.format();
            }
        }
        return null;
    }

    private static String record(int index, SchemaMutator.Mutant mutant, String problem) throws IOException {
        Path folder = Path.of("target", "mutation-failures");
        Files.createDirectories(folder);
        Path file = folder.resolve("mutant-" + index + ".prisma");
        Files.writeString(file, mutant.text(), StandardCharsets.UTF_8);
        return "#" + index + " (" + mutant.description() + ") " + problem + " -> " + file;
    }

    private static List<String> inputs() throws IOException, URISyntaxException {
        List<String> inputs = new ArrayList<>();
        for (String folder : List.of("/corpus/schemas", "/schema")) {
            Path root = Path.of(MutationRobustnessTest.class.getResource(folder).toURI());
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter((path) -> path.toString().endsWith(".prisma")).sorted().toList()) {
                    inputs.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return inputs;
    }

}
