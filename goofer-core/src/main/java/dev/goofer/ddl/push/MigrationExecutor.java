package dev.goofer.ddl.push;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.ddl.render.DdlRenderer;

/**
 * Runs a migration on a connection. PostgreSQL and SQLite run it in one transaction, so a
 * failure leaves the database as it was; the {@code ALTER TYPE ... ADD VALUE} steps of
 * PostgreSQL run (and commit) first, because a value added in a transaction cannot be
 * used in it. MySQL commits each DDL statement implicitly: a failure there leaves the
 * steps before it applied, which the exception reports. SQLite table rebuilds run with
 * {@code PRAGMA foreign_keys} switched off around the transaction, as the pragma cannot
 * change inside one, and rebuilt tables are checked with
 * {@code PRAGMA foreign_key_check}.
 */
public final class MigrationExecutor {

    private MigrationExecutor() {
    }

    /**
     * Run a migration.
     * @param dialect the dialect
     * @param migration the migration
     * @param connection an open connection; its auto-commit setting is restored
     * @return the statements executed, in order
     * @throws MigrationFailedException if a statement fails
     * @throws SQLException if the connection fails otherwise
     */
    public static List<String> execute(DialectKind dialect, Migration migration, Connection connection)
            throws SQLException {
        DdlRenderer renderer = DdlRenderer.of(dialect);
        List<String> early = new ArrayList<>();
        List<String> main = new ArrayList<>();
        List<String> rebuilt = new ArrayList<>();
        for (SchemaChange change : migration.changes()) {
            List<String> statements = renderer.render(change);
            if (dialect == DialectKind.POSTGRESQL && change instanceof SchemaChange.AddEnumValues) {
                early.addAll(statements);
            }
            else {
                main.addAll(statements);
            }
            if (change instanceof SchemaChange.RedefineTable redefine) {
                rebuilt.add(redefine.next().name());
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        List<String> executed = new ArrayList<>();
        try {
            connection.setAutoCommit(true);
            run(connection, early, executed, false);
            if (dialect == DialectKind.MYSQL) {
                run(connection, main, executed, false);
            }
            else if (dialect == DialectKind.SQLITE) {
                runSqlite(connection, main, rebuilt, executed);
            }
            else {
                runInTransaction(connection, main, executed);
            }
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
        return executed;
    }

    private static void runSqlite(Connection connection, List<String> statements, List<String> rebuilt,
            List<String> executed) throws SQLException {
        boolean foreignKeys = pragma(connection, "PRAGMA foreign_keys");
        execute(connection, "PRAGMA foreign_keys=OFF");
        try {
            connection.setAutoCommit(false);
            try {
                run(connection, statements, executed, true);
                for (String table : rebuilt) {
                    checkForeignKeys(connection, table);
                }
                connection.commit();
            }
            catch (SQLException | RuntimeException ex) {
                connection.rollback();
                executed.clear();
                throw ex;
            }
        }
        finally {
            connection.setAutoCommit(true);
            execute(connection, "PRAGMA foreign_keys=" + (foreignKeys ? "ON" : "OFF"));
        }
    }

    private static void checkForeignKeys(Connection connection, String table) throws SQLException {
        String sql = "PRAGMA foreign_key_check(\"" + table.replace("\"", "\"\"") + "\")";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (rows.next()) {
                throw new MigrationFailedException(sql, List.of(), true, new SQLException(
                        "Rebuilding table \"" + table + "\" would leave rows violating foreign key constraints"));
            }
        }
    }

    private static void runInTransaction(Connection connection, List<String> statements, List<String> executed)
            throws SQLException {
        connection.setAutoCommit(false);
        int before = executed.size();
        try {
            run(connection, statements, executed, true);
            connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            connection.rollback();
            executed.subList(before, executed.size()).clear();
            throw ex;
        }
    }

    private static void run(Connection connection, List<String> statements, List<String> executed,
            boolean transactional) throws SQLException {
        for (String sql : statements) {
            try {
                execute(connection, sql);
            }
            catch (SQLException ex) {
                throw new MigrationFailedException(sql, List.copyOf(executed), transactional, ex);
            }
            executed.add(sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean pragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getInt(1) != 0;
        }
    }

}
