package dev.goofer.codegen.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.goofer.codegen.ClientGeneration;
import dev.goofer.codegen.GeneratedClient;
import dev.goofer.codegen.GeneratedFile;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.testing.InProcessCompiler;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every corpus schema for a SQL database (PostgreSQL, MySQL, SQLite, CockroachDB, SQL
 * Server) that Prisma 6.19 accepts generates a client without naming conflicts, through
 * the same facade as the Maven plugin, and the clients compile against goofer-core with
 * {@code -Xlint:all -Xdoclint:all/protected -Werror}. Each schema gets its own package;
 * schemas of 200 models or more are compiled on their own and the others together, in as
 * few compiler runs as memory allows. Reads the shared corpus when it is present, else
 * the permissively licensed copies bundled in the test resources.
 */
class CorpusCompileAcceptanceTests {

    private static final Set<String> SQL_PROVIDERS = Set.of("postgresql", "postgres", "mysql", "sqlite", "cockroachdb",
            "sqlserver");

    /**
     * Schemas with at least this many models are compiled in a javac run of their own.
     */
    private static final int LARGE = 200;

    @TempDir
    static Path classes;

    @TestFactory
    Stream<DynamicTest> acceptedSqlSchemasGenerateClientsThatCompileWithoutWarnings() throws IOException {
        Path corpus = corpus();
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        Map<String, String> small = new LinkedHashMap<>();
        List<Map<String, String>> large = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            if (SQL_PROVIDERS.contains(columns[5].toLowerCase(Locale.ROOT)) && columns[14].startsWith("valid")) {
                Path file = corpus.resolve("schemas").resolve(columns[0]);
                tests.add(DynamicTest.dynamicTest("generate " + columns[0], () -> {
                    Map<String, String> sources = generate(file);
                    if (Integer.parseInt(columns[6]) >= LARGE) {
                        large.add(sources);
                    }
                    else {
                        small.putAll(sources);
                    }
                }));
            }
        }
        assertThat(tests).as("accepted SQL schemas in %s", corpus).isNotEmpty();
        tests.add(DynamicTest.dynamicTest("compile the clients of the smaller schemas together",
                () -> compile(small, "small")));
        tests.add(DynamicTest.dynamicTest("compile the client of each large schema on its own", () -> {
            for (int i = 0; i < large.size(); i++) {
                compile(large.get(i), "large" + i);
            }
        }));
        return tests.stream();
    }

    private static Map<String, String> generate(Path file) {
        String stem = file.getFileName().toString().replace(".prisma", "").toLowerCase(Locale.ROOT);
        String packageName = "corpus." + JavaIdentifiers.toPackageName(stem.replace('.', '_'));
        GeneratedClient client;
        try {
            client = ClientGeneration.create().withPackageName(packageName).generate(file);
        }
        catch (SchemaValidationException ex) {
            return fail("%s does not generate:%n%s", file.getFileName(), ex.render());
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedFile generated : client.files()) {
            if (generated.kind() == GeneratedFile.Kind.SOURCE) {
                sources.put(generated.path(), generated.content());
            }
        }
        return sources;
    }

    private static void compile(Map<String, String> sources, String batch) {
        if (sources.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<String> diagnostics = InProcessCompiler.compile(sources, classes.resolve(batch));
        long packages = sources.keySet()
            .stream()
            .map((path) -> path.substring(0, path.lastIndexOf('/')))
            .distinct()
            .count();
        System.out.printf("Compiled %d generated sources of %d schemas in %d ms%n", sources.size(), packages,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(diagnostics).as("compiler diagnostics").isEmpty();
    }

    private static Path corpus() throws IOException {
        String shared = System.getProperty("goofer.sharedDir");
        if (shared != null && Files.isDirectory(Path.of(shared).resolve("corpus"))) {
            return Path.of(shared).resolve("corpus").normalize();
        }
        try {
            return Path.of(CorpusCompileAcceptanceTests.class.getResource("/corpus").toURI());
        }
        catch (URISyntaxException ex) {
            throw new IOException(ex);
        }
    }

}
