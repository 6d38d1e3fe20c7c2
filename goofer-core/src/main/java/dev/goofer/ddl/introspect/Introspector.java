package dev.goofer.ddl.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.DialectKind;

/**
 * Reads the catalog of a live database. Tables in the ignored set (migration history
 * tables) and views are left out; names in the connection's default namespace get a
 * {@code null} namespace.
 */
public sealed interface Introspector permits PostgresIntrospector, MySqlIntrospector, SqliteIntrospector {

    /**
     * Read the catalog.
     * @param connection an open connection
     * @param namespaces the namespaces to read besides the default one (PostgreSQL)
     * @param ignoredTables table names to leave out
     * @return the catalog
     * @throws SQLException if the database cannot be read
     */
    Catalog introspect(Connection connection, Set<String> namespaces, Set<String> ignoredTables) throws SQLException;

    /**
     * Return the introspector of a dialect.
     * @param dialect the dialect
     * @return the introspector
     */
    static Introspector of(DialectKind dialect) {
        return switch (dialect) {
            case POSTGRESQL -> new PostgresIntrospector();
            case MYSQL -> new MySqlIntrospector();
            case SQLITE -> new SqliteIntrospector();
        };
    }

}
