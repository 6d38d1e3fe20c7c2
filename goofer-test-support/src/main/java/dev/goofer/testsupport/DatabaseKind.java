package dev.goofer.testsupport;

/**
 * The databases Goofer is tested against.
 */
public enum DatabaseKind {

    POSTGRESQL("PostgreSQL", "GOOFER_TEST_POSTGRES_URL"),

    MYSQL("MySQL/MariaDB", "GOOFER_TEST_MYSQL_URL"),

    SQLITE("SQLite", null);

    private final String displayName;

    private final String environmentVariable;

    DatabaseKind(String displayName, String environmentVariable) {
        this.displayName = displayName;
        this.environmentVariable = environmentVariable;
    }

    /**
     * Return the human name of the database.
     * @return the display name
     */
    public String displayName() {
        return this.displayName;
    }

    /**
     * Return the environment variable holding the admin JDBC URL of a server, or
     * {@code null} for embedded SQLite.
     * @return the variable name
     */
    public String environmentVariable() {
        return this.environmentVariable;
    }

}
