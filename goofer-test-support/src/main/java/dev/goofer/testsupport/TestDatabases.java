package dev.goofer.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and drops fresh test databases. A server comes from, in this order: the JDBC
 * URL in the kind's environment variable, Testcontainers when Docker is available, else
 * the tests are skipped with one line saying why (or fail, when
 * {@code GOOFER_TEST_REQUIRE_DATABASES=true}, as CI sets it).
 */
public final class TestDatabases {

    /** Environment variable that turns a skip into a failure. */
    public static final String REQUIRE_VARIABLE = "GOOFER_TEST_REQUIRE_DATABASES";

    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /**
     * Return the admin URL of a server of the given kind, or empty with the reason.
     * @param kind the database kind
     * @return the admin URL if a server is available
     */
    public static Availability availability(DatabaseKind kind) {
        if (kind == DatabaseKind.SQLITE) {
            return new Availability("jdbc:sqlite:", null);
        }
        String url = System.getenv(kind.environmentVariable());
        if (url != null && !url.isBlank()) {
            return new Availability(url, null);
        }
        Optional<String> containerUrl = ContainerServers.adminUrl(kind);
        if (containerUrl.isPresent()) {
            return new Availability(containerUrl.get(), null);
        }
        return new Availability(null, "Skipping " + kind.displayName() + " tests: " + kind.environmentVariable()
                + " is not set and Docker is not available for Testcontainers.");
    }

    /**
     * Whether a database that cannot be reached must fail the build rather than skip.
     * @return whether databases are required
     */
    public static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE));
    }

    /**
     * Create a fresh database named after the given owner (usually the test class).
     * @param kind the database kind
     * @param adminUrl the admin JDBC URL of the server
     * @param owner a name for the database, sanitized and made unique
     * @return the new database
     */
    public static TestDatabase create(DatabaseKind kind, String adminUrl, String owner) {
        String name = uniqueName(owner);
        if (kind == DatabaseKind.SQLITE) {
            try {
                Path file = Files.createTempFile(name, ".db");
                return new TestDatabase(kind, file.toString(), "jdbc:sqlite:" + file + "?foreign_keys=true");
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        execute(adminUrl, "CREATE DATABASE " + name);
        return new TestDatabase(kind, name, withDatabase(adminUrl, name));
    }

    /**
     * Drop a database made by {@link #create}.
     * @param database the database
     * @param adminUrl the admin JDBC URL of its server
     */
    public static void drop(TestDatabase database, String adminUrl) {
        switch (database.kind()) {
            case SQLITE -> {
                try {
                    Files.deleteIfExists(Path.of(database.name()));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            case POSTGRESQL -> execute(adminUrl, "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
            case MYSQL -> execute(adminUrl, "DROP DATABASE IF EXISTS " + database.name());
        }
    }

    /**
     * Replace the database of a server JDBC URL.
     * @param serverUrl a URL such as
     * {@code jdbc:postgresql://host:5432/test?user=postgres}
     * @param database the database name to put in
     * @return the URL of the given database on the same server
     */
    public static String withDatabase(String serverUrl, String database) {
        Matcher matcher = SERVER_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a server JDBC URL: " + serverUrl);
        }
        String query = (matcher.group(3) != null) ? matcher.group(3) : "";
        return matcher.group(1) + "/" + database + query;
    }

    private static String uniqueName(String owner) {
        String slug = owner.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        if (slug.length() > 30) {
            slug = slug.substring(slug.length() - 30);
        }
        return "goofer_" + slug + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run \"" + sql + "\" on " + url + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Whether a server is available, and why not when it is not.
     *
     * @param adminUrl the admin JDBC URL, or {@code null}
     * @param reason the one-line reason when unavailable
     */
    public record Availability(String adminUrl, String reason) {

        /**
         * Whether the server is available.
         * @return whether there is an admin URL
         */
        public boolean available() {
            return this.adminUrl != null;
        }

    }

}
