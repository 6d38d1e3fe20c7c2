package dev.goofer.ddl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.CatalogBuilder;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaDiffer;
import dev.goofer.ddl.introspect.Introspector;
import dev.goofer.metadata.SchemaMeta;

/**
 * One comparison of a live database with a schema: the dialect, the expected catalog
 * normalized to the connection's default namespace, and the introspected catalog.
 *
 * @param dialect the database dialect
 * @param expected the catalog the schema needs
 * @param actual the catalog of the database
 */
record Session(DialectKind dialect, Catalog expected, Catalog actual) {

    static Session open(Connection connection, SchemaMeta schema, Set<String> ignoredTables) throws SQLException {
        DialectKind dialect = DialectKind.ofProductName(connection.getMetaData().getDatabaseProductName());
        Catalog expected = CatalogBuilder.build(schema, dialect);
        if (dialect == DialectKind.POSTGRESQL) {
            String current;
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT current_schema()")) {
                rows.next();
                current = rows.getString(1);
            }
            expected = expected.withDefaultNamespace(current);
        }
        Set<String> namespaces = new HashSet<>(expected.namespaces());
        for (Table table : expected.tables()) {
            if (ignoredTables.contains(table.name())) {
                throw new IllegalArgumentException("Table \"" + table.name() + "\" of the schema is an ignored table");
            }
        }
        Catalog actual = Introspector.of(dialect).introspect(connection, namespaces, ignoredTables);
        return new Session(dialect, expected, actual);
    }

    Migration migration() {
        return SchemaDiffer.diff(this.dialect, this.actual, this.expected);
    }

}
