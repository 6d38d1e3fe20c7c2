package dev.goofer.ddl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.CatalogBuilder;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaDiffer;
import dev.goofer.ddl.introspect.Introspector;
import dev.goofer.ddl.push.DataLossChecker;
import dev.goofer.ddl.push.DataLossWarning;
import dev.goofer.ddl.push.MigrationExecutor;
import dev.goofer.ddl.push.MigrationFailedException;
import dev.goofer.ddl.render.ScriptRenderer;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema tools of Goofer, shared by the CLI, the Maven plugin and the startup check
 * ({@code goofer.schema.mode=push|validate}): the create script of a schema,
 * {@code db push}, validation and {@code migrate diff}. The dialect of a database comes
 * from its JDBC driver, so one schema can be pushed to PostgreSQL, MySQL/MariaDB or
 * SQLite.
 */
public final class SchemaManager {

    private SchemaManager() {
    }

    /**
     * Return the catalog Prisma Migrate would create for a schema.
     * @param schema the schema metadata
     * @param dialect the dialect
     * @return the catalog
     */
    public static Catalog catalog(SchemaMeta schema, DialectKind dialect) {
        return CatalogBuilder.build(schema, dialect);
    }

    /**
     * Return the SQL script creating a schema in an empty database, in dependency order:
     * namespaces, enums, tables, indexes, foreign keys.
     * @param schema the schema metadata
     * @param dialect the dialect
     * @return the script
     */
    public static String createScript(SchemaMeta schema, DialectKind dialect) {
        Migration migration = SchemaDiffer.diff(dialect, Catalog.empty(), catalog(schema, dialect));
        return ScriptRenderer.render(dialect, migration, List.of());
    }

    /**
     * Make a database match a schema, as {@code prisma db push} does: introspect, diff,
     * refuse data loss unless accepted, and apply in one transaction where the database
     * allows it (PostgreSQL, SQLite; MySQL DDL commits statement by statement). Pushing
     * the same schema twice changes nothing the second time.
     * @param dataSource the database
     * @param schema the schema metadata
     * @param options the push options
     * @return what was done
     * @throws SchemaConnectionException if the database cannot be reached
     * @throws DataLossException if the push would lose data or cannot run on the data
     * present; nothing was changed
     * @throws SchemaMigrationException if a statement fails
     */
    public static PushResult push(DataSource dataSource, SchemaMeta schema, PushOptions options) {
        try (Connection connection = connect(dataSource)) {
            Session session = Session.open(connection, schema, options.ignoredTables());
            Migration migration = session.migration();
            if (migration.isEmpty()) {
                return new PushResult(session.dialect(), migration, List.of(), List.of(), true);
            }
            List<DataLossWarning> warnings = DataLossChecker.check(session.dialect(), migration, connection);
            boolean unexecutable = warnings.stream().anyMatch((w) -> !w.executable());
            if (unexecutable || (!warnings.isEmpty() && !options.acceptDataLoss())) {
                throw new DataLossException(warnings);
            }
            List<String> statements = apply(session.dialect(), migration, connection);
            return new PushResult(session.dialect(), migration, statements, warnings,
                    session.dialect() != DialectKind.MYSQL);
        }
        catch (SQLException ex) {
            throw new UncategorizedSQLException("Goofer schema push", null, ex);
        }
    }

    /**
     * Compare a database with a schema without changing anything.
     * @param dataSource the database
     * @param schema the schema metadata
     * @return the differences; {@link ValidationResult#throwIfDrifted()} fails with a
     * report
     * @throws SchemaConnectionException if the database cannot be reached
     */
    public static ValidationResult validate(DataSource dataSource, SchemaMeta schema) {
        return validate(dataSource, schema, PushOptions.HISTORY_TABLES);
    }

    /**
     * Compare a database with a schema without changing anything.
     * @param dataSource the database
     * @param schema the schema metadata
     * @param ignoredTables tables to leave out of the comparison
     * @return the differences
     * @throws SchemaConnectionException if the database cannot be reached
     */
    public static ValidationResult validate(DataSource dataSource, SchemaMeta schema, Set<String> ignoredTables) {
        try (Connection connection = connect(dataSource)) {
            Session session = Session.open(connection, schema, ignoredTables);
            return new ValidationResult(session.dialect(), session.migration());
        }
        catch (SQLException ex) {
            throw new UncategorizedSQLException("Goofer schema validation", null, ex);
        }
    }

    /**
     * Read the catalog of a database.
     * @param dataSource the database
     * @param namespaces namespaces to read besides the default one (PostgreSQL)
     * @return the catalog, history tables left out
     * @throws SchemaConnectionException if the database cannot be reached
     */
    public static Catalog introspect(DataSource dataSource, Set<String> namespaces) {
        try (Connection connection = connect(dataSource)) {
            DialectKind dialect = DialectKind.ofProductName(connection.getMetaData().getDatabaseProductName());
            return Introspector.of(dialect).introspect(connection, namespaces, PushOptions.HISTORY_TABLES);
        }
        catch (SQLException ex) {
            throw new UncategorizedSQLException("Goofer schema introspection", null, ex);
        }
    }

    /**
     * Return the SQL taking a database to a schema ({@code migrate diff --from-url}),
     * with the data it would lose on the rows present.
     * @param from the database as it is
     * @param to the new schema
     * @return the script
     * @throws SchemaConnectionException if the database cannot be reached
     */
    public static MigrationScript diff(DataSource from, SchemaMeta to) {
        try (Connection connection = connect(from)) {
            Session session = Session.open(connection, to, PushOptions.HISTORY_TABLES);
            Migration migration = session.migration();
            List<DataLossWarning> warnings = DataLossChecker.check(session.dialect(), migration, connection);
            return script(session.dialect(), migration, warnings);
        }
        catch (SQLException ex) {
            throw new UncategorizedSQLException("Goofer migrate diff", null, ex);
        }
    }

    /**
     * Return the SQL taking the database of an older schema to a newer one
     * ({@code migrate diff --from-schema}), with the data it may lose.
     * @param from the older schema
     * @param to the newer schema
     * @param dialect the dialect
     * @return the script
     */
    public static MigrationScript diff(SchemaMeta from, SchemaMeta to, DialectKind dialect) {
        Migration migration = SchemaDiffer.diff(dialect, catalog(from, dialect), catalog(to, dialect));
        return script(dialect, migration, DataLossChecker.predict(dialect, migration));
    }

    /**
     * Create a simple non-pooling data source, for the CLI and the Maven plugin. A
     * {@code jdbc:mysql:} URL that no driver accepts as it is (MariaDB Connector/J 3
     * wants {@code permitMysqlScheme} for it) gets that option, so MySQL URLs work with
     * the MariaDB driver alone.
     * @param url the JDBC URL
     * @param user the user, if not in the URL
     * @param password the password, if not in the URL
     * @return the data source
     */
    public static DataSource dataSource(String url, @Nullable String user, @Nullable String password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(permitMysqlScheme(url));
        if (user != null) {
            dataSource.setUsername(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    static String permitMysqlScheme(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        try {
            DriverManager.getDriver(url);
            return url;
        }
        catch (SQLException ex) {
            return url + ((url.indexOf('?') >= 0) ? "&" : "?") + "permitMysqlScheme";
        }
    }

    private static MigrationScript script(DialectKind dialect, Migration migration, List<DataLossWarning> warnings) {
        List<String> lines = warnings.stream()
            .map((w) -> (w.executable() ? "" : "[cannot run] ") + w.message())
            .toList();
        return new MigrationScript(dialect, migration, warnings, ScriptRenderer.render(dialect, migration, lines));
    }

    private static List<String> apply(DialectKind dialect, Migration migration, Connection connection)
            throws SQLException {
        try {
            return MigrationExecutor.execute(dialect, migration, connection);
        }
        catch (MigrationFailedException ex) {
            String outcome = ex.rolledBack() ? "The push was rolled back; the database is unchanged."
                    : ex.applied().size() + " earlier statements stay applied (MySQL DDL is not transactional).";
            throw new SchemaMigrationException(
                    "Schema push failed on `" + ex.statement() + "`: " + ex.getMessage() + ". " + outcome,
                    ex.statement(), ex.rolledBack() ? List.of() : ex.applied(), ex);
        }
    }

    static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        }
        catch (SQLException ex) {
            String url = (dataSource instanceof AbstractDriverBasedDataSource driverBased) ? driverBased.getUrl()
                    : null;
            throw SchemaConnectionException.of(ex, url);
        }
    }

}
