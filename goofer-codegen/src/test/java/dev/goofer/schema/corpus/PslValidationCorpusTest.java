package dev.goofer.schema.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.SharedCorpus;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.SchemaAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the 216 validation fixtures of Prisma's own schema engine (read from the shared
 * corpus at test time) and measures how often Goofer agrees: accepted fixtures must have
 * no error, rejected ones at least one error on a line Prisma reports. MongoDB fixtures
 * must all be rejected. The misses are listed in {@code psl-validation-known-gaps.txt}: a
 * new miss fails the build, and so does a listed gap that now passes, so the list stays
 * honest.
 */
class PslValidationCorpusTest {

    private static final Set<String> SQL_PROVIDERS = Set.of("postgresql", "postgres", "mysql", "sqlite", "sqlserver",
            "cockroachdb", "(none)");

    @Test
    void agreesWithPrismaOnItsValidationFixtures() throws IOException {
        Path root = SharedCorpus.corpus().resolve("psl-validation");
        List<Outcome> outcomes = new ArrayList<>();
        List<String> rows = Files.readAllLines(root.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            outcomes.add(run(root, row.split("\t", -1)));
        }
        System.out.println(table(outcomes));
        Set<String> misses = outcomes.stream()
            .filter((o) -> !o.agrees)
            .map((o) -> o.file)
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(misses)
            .as("fixtures that disagree with Prisma (update psl-validation-known-gaps.txt only "
                    + "when a change is intended)")
            .isEqualTo(knownGaps());
        assertThat(rate(outcomes, true, false)).as("accepted SQL fixtures").isEqualTo(1.0);
        assertThat(rate(outcomes, true, true)).as("rejected SQL fixtures").isGreaterThanOrEqualTo(0.9);
        assertThat(outcomes.stream().filter((o) -> !o.sql).allMatch((o) -> o.agrees)).as("MongoDB fixtures").isTrue();
    }

    private static Outcome run(Path root, String[] columns) throws IOException {
        String file = columns[0];
        String provider = columns[1];
        boolean rejected = "error".equals(columns[2]);
        Set<Integer> lines = new TreeSet<>();
        for (String diagnostic : columns[3].split(",")) {
            if (diagnostic.startsWith("error@")) {
                lines.add(Integer.parseInt(diagnostic.substring(6)));
            }
        }
        String content = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        SchemaAnalyzer.Result result = PrismaSchemas.analyze(List.of(new SourceFile("schema.prisma", content)));
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        boolean sql = SQL_PROVIDERS.contains(provider);
        boolean agrees;
        if (!sql) {
            agrees = errors.size() == 1 && errors.get(0).message().contains("\"mongodb\" is not supported");
        }
        else if (rejected) {
            agrees = errors.stream().anyMatch((error) -> lines.contains(error.span().line()));
        }
        else {
            agrees = errors.isEmpty();
        }
        String category = file.replace("validation/", "").replaceAll("/[^/]*$", "");
        return new Outcome(file, category, provider, sql, rejected, agrees);
    }

    private static double rate(List<Outcome> outcomes, boolean sql, boolean rejected) {
        List<Outcome> selected = outcomes.stream().filter((o) -> o.sql == sql && o.rejected == rejected).toList();
        return selected.stream().filter((o) -> o.agrees).count() / (double) selected.size();
    }

    private static Set<String> knownGaps() throws IOException {
        try (var in = PslValidationCorpusTest.class.getResourceAsStream("/psl-validation-known-gaps.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter((line) -> !line.isEmpty() && !line.startsWith("#"))
                .map((line) -> line.split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String table(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("PSL validation fixtures: agreement with Prisma 6.19\n");
        out.append(String.format("%-70s %14s %14s%n", "group", "accepted", "rejected"));
        Map<String, List<Outcome>> byCategory = new TreeMap<>();
        Map<String, List<Outcome>> byProvider = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            byCategory.computeIfAbsent("category " + outcome.category, (k) -> new ArrayList<>()).add(outcome);
            byProvider.computeIfAbsent("provider " + outcome.provider, (k) -> new ArrayList<>()).add(outcome);
        }
        byCategory.forEach((name, group) -> out.append(line(name, group)));
        byProvider.forEach((name, group) -> out.append(line(name, group)));
        out.append(line("all SQL providers", outcomes.stream().filter((o) -> o.sql).toList()));
        out.append(line("mongodb (agreement = the single provider error)",
                outcomes.stream().filter((o) -> !o.sql).toList()));
        return out.toString();
    }

    private static String line(String name, List<Outcome> group) {
        return String.format("%-70s %14s %14s%n", name, ratio(group, false), ratio(group, true));
    }

    private static String ratio(List<Outcome> group, boolean rejected) {
        List<Outcome> selected = group.stream().filter((o) -> o.rejected == rejected).toList();
        if (selected.isEmpty()) {
            return "-";
        }
        long agree = selected.stream().filter((o) -> o.agrees).count();
        return agree + "/" + selected.size() + String.format(" %3.0f%%", 100.0 * agree / selected.size());
    }

    private record Outcome(String file, String category, String provider, boolean sql, boolean rejected,
            boolean agrees) {
    }

}
