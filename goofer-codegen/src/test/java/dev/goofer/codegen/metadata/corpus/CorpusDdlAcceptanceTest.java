package dev.goofer.codegen.metadata.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.goofer.codegen.metadata.SchemaMetaConverter;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.PushResult;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.ddl.ValidationResult;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.semantic.ResolvedSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus schema for PostgreSQL, MySQL or SQLite that Prisma 6.19 accepts is
 * converted to metadata, its create script is run on a fresh database of its provider
 * (PostgreSQL, MariaDB, SQLite), and the database then validates as in sync with the
 * schema and a push changes nothing. Reads the shared corpus when it is present (AGPL and
 * GPL files included, read only), else the permissively licensed copies bundled in the
 * test resources.
 *
 * <p>
 * Some schemas use types or operator classes of PostgreSQL extensions ({@code citext},
 * {@code pg_trgm}) without declaring them in the datasource: their projects create the
 * extension in a migration of their own. The test creates those extensions in the fresh
 * database first, as that migration would.
 */
class CorpusDdlAcceptanceTest {

    private static final Map<String, String> EXTENSIONS_BY_MARKER = Map.of("CITEXT", "citext", "gin_trgm_ops",
            "pg_trgm", "gist_trgm_ops", "pg_trgm");

    @TestFactory
    Stream<DynamicTest> acceptedCorpusSchemasCreateAndValidateOnTheirDatabase() throws IOException {
        Path corpus = corpus();
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            DatabaseKind kind = kind(columns[5]);
            if (kind != null && columns[14].startsWith("valid")) {
                Path file = corpus.resolve("schemas").resolve(columns[0]);
                tests.add(DynamicTest.dynamicTest(columns[0] + " on " + kind.displayName(), () -> check(file, kind)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> acceptedCockroachAndSqlServerSchemasConvertCompletely() throws IOException {
        Path corpus = corpus();
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            if ((columns[5].equals("cockroachdb") || columns[5].equals("sqlserver"))
                    && columns[14].startsWith("valid")) {
                Path file = corpus.resolve("schemas").resolve(columns[0]);
                tests.add(DynamicTest.dynamicTest(columns[0], () -> {
                    ResolvedSchema resolved = PrismaSchemas.load(file);
                    SchemaMeta schema = SchemaMetaConverter.convert(resolved);
                    assertThat(schema.provider().prismaName()).isEqualTo(columns[5]);
                    assertThat(schema.models()).hasSameSizeAs(resolved.models());
                    assertThat(schema.enums()).hasSameSizeAs(resolved.enums());
                }));
            }
        }
        return tests.stream();
    }

    private static void check(Path file, DatabaseKind kind) throws SQLException {
        SchemaMeta schema = SchemaMetaConverter.convert(PrismaSchemas.load(file));
        DialectKind dialect = DialectKind.of(schema.provider());
        String script = SchemaManager.createScript(schema, dialect);
        TestDatabases.Availability availability = TestDatabases.availability(kind);
        if (!availability.available()) {
            assertThat(TestDatabases.required()).as(availability.reason()).isFalse();
            Assumptions.abort(availability.reason());
        }
        TestDatabase database = TestDatabases.create(kind, availability.adminUrl(), "corpus");
        try {
            DataSource dataSource = database.dataSource();
            long start = System.nanoTime();
            execute(dataSource, undeclaredExtensions(kind, script) + script);
            ValidationResult validation = SchemaManager.validate(dataSource, schema);
            assertThat(validation.inSync()).as(validation::report).isTrue();
            PushResult push = SchemaManager.push(dataSource, schema, PushOptions.defaults());
            assertThat(push.changed()).as(push::report).isFalse();
            System.out.printf("%s on %s: %d models, %d statements created, in sync, push changes nothing (%d ms)%n",
                    file.getFileName(), kind.displayName(), schema.models().size(), statements(script).size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        finally {
            TestDatabases.drop(database, availability.adminUrl());
        }
    }

    private static String undeclaredExtensions(DatabaseKind kind, String script) {
        if (kind != DatabaseKind.POSTGRESQL) {
            return "";
        }
        Set<String> extensions = new TreeSet<>();
        EXTENSIONS_BY_MARKER.forEach((marker, extension) -> {
            if (script.contains(marker)) {
                extensions.add(extension);
            }
        });
        StringBuilder sql = new StringBuilder();
        extensions
            .forEach((extension) -> sql.append("CREATE EXTENSION IF NOT EXISTS ").append(extension).append(";\n"));
        return sql.toString();
    }

    private static void execute(DataSource dataSource, String script) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                try {
                    statement.execute(sql);
                }
                catch (SQLException ex) {
                    throw new SQLException("Failed: " + sql + "\n" + ex.getMessage(), ex);
                }
            }
        }
    }

    /**
     * Split a generated script into statements: every statement ends with a semicolon at
     * the end of a line, and comment lines start with {@code --}.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString().trim();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static DatabaseKind kind(String provider) {
        return switch (provider.toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> DatabaseKind.POSTGRESQL;
            case "mysql" -> DatabaseKind.MYSQL;
            case "sqlite" -> DatabaseKind.SQLITE;
            default -> null;
        };
    }

    private static Path corpus() throws IOException {
        String shared = System.getProperty("goofer.sharedDir");
        if (shared != null && Files.isDirectory(Path.of(shared).resolve("corpus"))) {
            return Path.of(shared).resolve("corpus").normalize();
        }
        try {
            return Path.of(CorpusDdlAcceptanceTest.class.getResource("/corpus").toURI());
        }
        catch (URISyntaxException ex) {
            throw new IOException(ex);
        }
    }

}
