package dev.goofer.ddl.catalog;

import java.util.Locale;

import dev.goofer.metadata.Provider;

/**
 * The SQL databases the schema tools create, introspect and migrate.
 */
public enum DialectKind {

    /** PostgreSQL (12 or later). */
    POSTGRESQL("PostgreSQL"),

    /** MySQL (8 or later) and MariaDB (10.5 or later). */
    MYSQL("MySQL"),

    /** SQLite (3.35 or later). */
    SQLITE("SQLite");

    private final String displayName;

    DialectKind(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Return the human name of the database.
     * @return the display name
     */
    public String displayName() {
        return this.displayName;
    }

    /**
     * Return the dialect of a schema provider.
     * @param provider the provider of the schema's datasource
     * @return the dialect; CockroachDB maps to PostgreSQL
     * @throws IllegalArgumentException for providers without a dialect (SQL Server)
     */
    public static DialectKind of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
            case SQLSERVER -> throw new IllegalArgumentException("SQL Server schemas have no DDL dialect yet");
        };
    }

    /**
     * Return the dialect of a JDBC database product name.
     * @param productName the {@code DatabaseMetaData#getDatabaseProductName()} value
     * @return the dialect
     * @throws IllegalArgumentException for other databases
     */
    public static DialectKind ofProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        if (name.contains("sqlite")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("Unsupported database \"" + productName + "\"");
    }

}
