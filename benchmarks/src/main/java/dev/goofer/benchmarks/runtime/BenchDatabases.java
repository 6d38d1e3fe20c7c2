package dev.goofer.benchmarks.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.fixture.tenant.Plan;

/**
 * The databases the runtime benchmarks create, fill and drop: PostgreSQL databases on the
 * server named by an environment variable, or an SQLite file in a temporary folder, each
 * with the tenant fixture's tables.
 */
final class BenchDatabases {

    /** The variables naming the PostgreSQL server, the first one set wins. */
    static final List<String> POSTGRES_VARIABLES = List.of("GOOFER_BENCH_POSTGRES_URL", "GOOFER_TEST_POSTGRES_URL");

    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(?:/[^?]*)?(\\?.*)?$");

    private BenchDatabases() {
    }

    /**
     * Return the URL of a PostgreSQL server from the environment.
     * @return the URL, with any database name in it
     */
    static String postgresServerUrl() {
        for (String variable : POSTGRES_VARIABLES) {
            String url = System.getenv(variable);
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        throw new IllegalStateException("Set " + POSTGRES_VARIABLES.get(0) + " (or " + POSTGRES_VARIABLES.get(1)
                + ") to a PostgreSQL JDBC URL whose user may create databases, "
                + "for example jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    }

    /**
     * Return the URL of a PostgreSQL server with another database.
     * @param serverUrl the server's URL
     * @param database the database name
     * @return the URL of that database
     */
    static String withDatabase(String serverUrl, String database) {
        Matcher matcher = SERVER_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + serverUrl);
        }
        String parameters = (matcher.group(2) != null) ? matcher.group(2) : "";
        return matcher.group(1) + "/" + database + parameters;
    }

    /**
     * Drop and create a PostgreSQL database, push the tenant tables into it and return a
     * pool on it.
     * @param database the database name
     * @return the pool
     */
    static HikariDataSource freshPostgres(String database) {
        String serverUrl = postgresServerUrl();
        try (Connection connection = DriverManager.getConnection(withDatabase(serverUrl, "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create database " + database + ": " + ex.getMessage(), ex);
        }
        return withTables(pooled(withDatabase(serverUrl, database), database, 4));
    }

    /**
     * Drop a PostgreSQL database created by {@link #freshPostgres(String)}.
     * @param database the database name
     */
    static void dropPostgres(String database) {
        try (Connection connection = DriverManager.getConnection(withDatabase(postgresServerUrl(), "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not drop database " + database + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Create an SQLite database file in a new temporary folder, push the tenant tables
     * into it and return a one-connection pool on it.
     * @return the pool
     */
    static HikariDataSource freshSqlite() {
        try {
            Path folder = Files.createTempDirectory("goofer-bench-sqlite");
            return withTables(pooled("jdbc:sqlite:" + folder.resolve("bench.db"), "sqlite", 1));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static HikariDataSource pooled(String url, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName("goofer-bench-" + name);
        return new HikariDataSource(config);
    }

    private static HikariDataSource withTables(HikariDataSource dataSource) {
        SchemaManager.push(dataSource, GooferSchema.SCHEMA, PushOptions.defaults());
        return dataSource;
    }

    /**
     * Return the data of customers {@code c0 .. c(count - 1)}, spread over the given
     * number of tenants, with scores that interleave across tenants.
     * @param count the number of customers
     * @param tenants the number of tenants
     * @return the data, in customer order
     */
    static List<CustomerCreate> customers(int count, int tenants) {
        List<CustomerCreate> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(CustomerCreate.builder()
                .tenantId(tenantOf(i, tenants))
                .id(idOf(i))
                .name("customer " + i)
                .email("c" + i + "@example.org")
                .plan(Plan.values()[i % Plan.values().length])
                .score((int) ((i * 7919L) % 100_000))
                .createdAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i))
                .build());
        }
        return customers;
    }

    static int tenantOf(int customer, int tenants) {
        return 1 + customer % tenants;
    }

    static String idOf(int customer) {
        return "c" + customer;
    }

}
