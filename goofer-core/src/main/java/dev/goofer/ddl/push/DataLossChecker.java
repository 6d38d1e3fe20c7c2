package dev.goofer.ddl.push;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.ddl.diff.TableChange;
import dev.goofer.ddl.render.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * Finds the steps of a migration that lose data or cannot run. Against a live database it
 * counts the rows concerned; without one ({@code migrate diff} between two schemas) it
 * words the same warnings as possibilities, as Prisma's migration warnings do.
 */
public final class DataLossChecker {

    private final DialectKind dialect;

    private final @Nullable Connection connection;

    private DataLossChecker(DialectKind dialect, @Nullable Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Check a migration against the rows of a live database.
     * @param dialect the dialect
     * @param migration the migration
     * @param connection an open connection to the database the migration applies to
     * @return the warnings, in step order
     * @throws SQLException if the rows cannot be counted
     */
    public static List<DataLossWarning> check(DialectKind dialect, Migration migration, Connection connection)
            throws SQLException {
        return new DataLossChecker(dialect, connection).check(migration);
    }

    /**
     * Word the possible data loss of a migration without a database.
     * @param dialect the dialect
     * @param migration the migration
     * @return the warnings, in step order
     */
    public static List<DataLossWarning> predict(DialectKind dialect, Migration migration) {
        try {
            return new DataLossChecker(dialect, null).check(migration);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<DataLossWarning> check(Migration migration) throws SQLException {
        List<DataLossWarning> warnings = new ArrayList<>();
        for (SchemaChange change : migration.changes()) {
            if (change instanceof SchemaChange.DropTable drop) {
                dropTable(drop.table(), warnings);
            }
            else if (change instanceof SchemaChange.AlterTable alter) {
                tableChanges(alter.previous(), alter.changes(), false, warnings);
            }
            else if (change instanceof SchemaChange.RedefineTable redefine) {
                tableChanges(redefine.previous(), redefine.changes(), true, warnings);
            }
            else if (change instanceof SchemaChange.CreateIndex create && create.index().unique()
                    && !creates(migration, create.table())) {
                uniqueIndex(create.table(), create.index(), warnings);
            }
            else if (change instanceof SchemaChange.RecreateEnum recreate && !recreate.removed().isEmpty()) {
                removedEnumValues(recreate, warnings);
            }
        }
        return warnings;
    }

    private static boolean creates(Migration migration, Table table) {
        return migration.changes()
            .stream()
            .anyMatch((c) -> c instanceof SchemaChange.CreateTable create
                    && Objects.equals(create.table().namespace(), table.namespace())
                    && create.table().name().equals(table.name()));
    }

    private void dropTable(Table table, List<DataLossWarning> warnings) throws SQLException {
        if (this.connection == null) {
            warnings.add(new DataLossWarning("You are about to drop the `" + table.qualifiedName()
                    + "` table. If the table is not empty, all the data it contains will be lost.", true));
            return;
        }
        long rows = count(table, null);
        if (rows > 0) {
            warnings.add(new DataLossWarning("You are about to drop the `" + table.qualifiedName()
                    + "` table, which is not empty (" + rows + " " + plural(rows, "row") + ").", true));
        }
    }

    private void tableChanges(Table table, List<TableChange> changes, boolean rebuild, List<DataLossWarning> warnings)
            throws SQLException {
        String name = table.qualifiedName();
        for (TableChange change : changes) {
            if (change instanceof TableChange.DropColumn drop) {
                String column = drop.column().name();
                if (this.connection == null) {
                    warnings.add(new DataLossWarning("You are about to drop the column `" + column + "` on the `" + name
                            + "` table. All the data in the column will be lost.", true));
                }
                else {
                    long values = count(table, q(column) + " IS NOT NULL");
                    if (values > 0) {
                        warnings.add(new DataLossWarning("You are about to drop the column `" + column + "` on the `"
                                + name + "` table, which still contains " + values + " non-null "
                                + plural(values, "value") + ".", true));
                    }
                }
            }
            else if (change instanceof TableChange.AddColumn add) {
                addColumn(table, add.column(), warnings);
            }
            else if (change instanceof TableChange.AlterColumn alter) {
                alterColumn(table, alter, rebuild, warnings);
            }
            else if (change instanceof TableChange.AddPrimaryKey && !rebuild) {
                long rows = (this.connection != null) ? count(table, null) : 1;
                if (rows > 0) {
                    warnings.add(new DataLossWarning("The primary key for the `" + name
                            + "` table will be changed. If it partially fails, the table could be left without "
                            + "primary key constraint.", true));
                }
            }
        }
    }

    private void addColumn(Table table, Column column, List<DataLossWarning> warnings) throws SQLException {
        if (column.nullable() || column.defaultValue() != null || column.autoincrement()) {
            return;
        }
        String prefix = "Added the required column `" + column.name() + "` to the `" + table.qualifiedName()
                + "` table without a default value.";
        if (this.connection == null) {
            warnings.add(new DataLossWarning(prefix + " This is not possible if the table is not empty.", true));
            return;
        }
        long rows = count(table, null);
        if (rows > 0) {
            warnings.add(new DataLossWarning(prefix + " There " + (rows == 1 ? "is " : "are ") + rows + " "
                    + plural(rows, "row") + " in this table, it is not possible to execute this step.", false));
        }
    }

    private void alterColumn(Table table, TableChange.AlterColumn alter, boolean rebuild,
            List<DataLossWarning> warnings) throws SQLException {
        String name = table.qualifiedName();
        String column = alter.previous().name();
        if (alter.typeChanged() && !alter.safeCast()) {
            String cast = "The column `" + column + "` on the `" + name + "` table would be cast from `"
                    + alter.previous().displayType() + "` to `" + alter.next().displayType() + "`";
            if (this.connection == null) {
                warnings.add(new DataLossWarning("You are about to alter the column `" + column + "` on the `" + name
                        + "` table. The data in that column will be cast from `" + alter.previous().displayType()
                        + "` to `" + alter.next().displayType() + "`. This cast may fail or lose data.", true));
            }
            else {
                long values = count(table, q(column) + " IS NOT NULL");
                if (values > 0) {
                    warnings.add(new DataLossWarning(cast + ": its " + values + " non-null " + plural(values, "value")
                            + " may be changed, truncated or fail to convert.", true));
                }
            }
        }
        if (alter.becomesRequired() && !(rebuild && alter.next().defaultValue() != null)) {
            String prefix = "Made the column `" + column + "` on table `" + name + "` required";
            if (this.connection == null) {
                warnings.add(new DataLossWarning(
                        prefix + ". This will fail if there are existing NULL values in that column.", true));
                return;
            }
            long nulls = count(table, q(column) + " IS NULL");
            if (nulls > 0) {
                warnings.add(new DataLossWarning(prefix + ", but there " + (nulls == 1 ? "is " : "are ") + nulls
                        + " existing NULL " + plural(nulls, "value") + ".", false));
            }
        }
    }

    private void uniqueIndex(Table table, Index index, List<DataLossWarning> warnings) throws SQLException {
        String columns = index.columnNames().stream().collect(Collectors.joining(",", "[", "]"));
        String message = "A unique constraint covering the columns `" + columns + "` on the table `"
                + table.qualifiedName() + "` will be added.";
        if (this.connection == null) {
            warnings
                .add(new DataLossWarning(message + " If there are existing duplicate values, this will fail.", true));
            return;
        }
        String list = Identifiers.list(this.dialect, index.columnNames(), ", ");
        String notNull = index.columnNames()
            .stream()
            .map((c) -> q(c) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
        long duplicates = single("SELECT COUNT(*) FROM (SELECT " + list + " FROM " + name(table) + " WHERE " + notNull
                + " GROUP BY " + list + " HAVING COUNT(*) > 1) duplicates");
        if (duplicates > 0) {
            warnings.add(new DataLossWarning(message + " It cannot be: " + duplicates + " "
                    + plural(duplicates, "value") + " appear more than once.", false));
        }
    }

    private void removedEnumValues(SchemaChange.RecreateEnum recreate, List<DataLossWarning> warnings)
            throws SQLException {
        String message = "The values " + recreate.removed() + " on the enum `" + recreate.next().name()
                + "` will be removed.";
        if (this.connection == null) {
            warnings.add(new DataLossWarning(
                    message + " If these variants are still used in the database, this will fail.", true));
            return;
        }
        for (SchemaChange.ColumnUsage usage : recreate.usages()) {
            String values = recreate.removed()
                .stream()
                .map(dev.goofer.ddl.catalog.Literals::quote)
                .collect(Collectors.joining(", "));
            String column = q(usage.column());
            String condition = usage.list() ? column + "::text[] && ARRAY[" + values + "]::text[]"
                    : column + "::text IN (" + values + ")";
            long rows = count(usage.table(), condition);
            if (rows > 0) {
                warnings.add(new DataLossWarning(message + " " + rows + " " + plural(rows, "row") + " of `"
                        + usage.table().qualifiedName() + "` still use them in column `" + usage.column() + "`.",
                        false));
            }
        }
    }

    private long count(Table table, @Nullable String condition) throws SQLException {
        return single("SELECT COUNT(*) FROM " + name(table) + ((condition != null) ? " WHERE " + condition : ""));
    }

    private long single(String sql) throws SQLException {
        Connection connection = Objects.requireNonNull(this.connection, "connection");
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String name(Table table) {
        return Identifiers.qualified(this.dialect, table.namespace(), table.name());
    }

    private String q(String name) {
        return Identifiers.quote(this.dialect, name);
    }

    private static String plural(long count, String word) {
        return (count == 1) ? word : word + "s";
    }

}
