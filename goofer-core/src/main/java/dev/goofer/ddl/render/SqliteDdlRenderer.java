package dev.goofer.ddl.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.PrimaryKey;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.ddl.diff.TableChange;

/**
 * SQLite DDL, spelled as Prisma Migrate spells it: foreign keys inside
 * {@code CREATE TABLE}, {@code INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT} ids, and table
 * rebuilds for changes {@code ALTER TABLE} cannot make. The {@code PRAGMA foreign_keys}
 * switches around rebuilds are left to the caller (they are no-ops inside transactions).
 */
final class SqliteDdlRenderer implements DdlRenderer {

    private static final DialectKind SQLITE = DialectKind.SQLITE;

    @Override
    public List<String> render(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable create) {
            return List.of(createTable(create.table(), create.table().name()));
        }
        if (change instanceof SchemaChange.DropTable drop) {
            return List.of("DROP TABLE " + q(drop.table().name()));
        }
        if (change instanceof SchemaChange.AlterTable alter) {
            return alterTable(alter);
        }
        if (change instanceof SchemaChange.RedefineTable redefine) {
            return redefine(redefine);
        }
        if (change instanceof SchemaChange.CreateIndex create) {
            return List.of(createIndex(create.table(), create.index()));
        }
        if (change instanceof SchemaChange.DropIndex drop) {
            return List.of("DROP INDEX " + q(drop.index().name()));
        }
        if (change instanceof SchemaChange.RenameIndex rename) {
            return List.of("DROP INDEX " + q(rename.previous().name()), createIndex(rename.table(), rename.next()));
        }
        if (change instanceof SchemaChange.CreateNamespace || change instanceof SchemaChange.CreateEnum
                || change instanceof SchemaChange.AddEnumValues || change instanceof SchemaChange.RecreateEnum
                || change instanceof SchemaChange.DropEnum || change instanceof SchemaChange.AddForeignKey
                || change instanceof SchemaChange.DropForeignKey) {
            throw new IllegalStateException("SQLite has no " + change.getClass().getSimpleName() + " step");
        }
        throw new IllegalStateException("Unhandled change " + change);
    }

    private static String q(String name) {
        return Identifiers.quote(SQLITE, name);
    }

    private static String createTable(Table table, String name) {
        PrimaryKey primaryKey = table.primaryKey();
        String singleKey = (primaryKey != null && primaryKey.columns().size() == 1) ? primaryKey.columnNames().get(0)
                : null;
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add("    " + column(column, column.name().equals(singleKey)));
        }
        String body = String.join(",\n", lines);
        if (primaryKey != null && singleKey == null) {
            body = body + ",\n\n    PRIMARY KEY (" + Identifiers.list(SQLITE, primaryKey.columnNames(), ", ") + ")";
        }
        for (ForeignKey fk : table.foreignKeys()) {
            body = body + ",\n    " + foreignKey(fk);
        }
        return "CREATE TABLE " + q(name) + " (\n" + body + "\n)";
    }

    static String column(Column column, boolean primaryKey) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(type(column.type()));
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (primaryKey) {
            sql.append(" PRIMARY KEY");
            if (column.autoincrement()) {
                sql.append(" AUTOINCREMENT");
            }
        }
        if (column.defaultValue() != null) {
            String value = DefaultSql.render(SQLITE, column, column.defaultValue(), type(column.type()));
            if (!value.isBlank()) {
                sql.append(" DEFAULT ").append(value);
            }
        }
        return sql.toString();
    }

    private static String type(String type) {
        return type.toUpperCase(Locale.ROOT);
    }

    private static String foreignKey(ForeignKey fk) {
        String constraint = (fk.name() != null) ? "CONSTRAINT " + q(fk.name()) + " " : "";
        return constraint + "FOREIGN KEY (" + Identifiers.list(SQLITE, fk.columns(), ", ") + ") REFERENCES "
                + q(fk.referencedTable()) + " (" + Identifiers.list(SQLITE, fk.referencedColumns(), ", ")
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    private static String createIndex(Table table, Index index) {
        String columns = index.columns()
            .stream()
            .map((c) -> q(c.name()) + (c.descending() ? " DESC" : ""))
            .collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + q(table.name())
                + "(" + columns + ")";
    }

    private static List<String> alterTable(SchemaChange.AlterTable alter) {
        List<String> statements = new ArrayList<>();
        for (TableChange change : alter.changes()) {
            if (!(change instanceof TableChange.AddColumn add)) {
                throw new IllegalStateException("SQLite alters tables only by adding columns: " + change);
            }
            statements.add("ALTER TABLE " + q(alter.previous().name()) + " ADD COLUMN " + column(add.column(), false));
        }
        return statements;
    }

    private static List<String> redefine(SchemaChange.RedefineTable redefine) {
        Table previous = redefine.previous();
        Table next = redefine.next();
        String temporary = "new_" + next.name();
        List<String> statements = new ArrayList<>();
        statements.add(createTable(next, temporary));
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column column : next.columns()) {
            Column existing = previous.column(column.name());
            if (existing == null) {
                continue;
            }
            targets.add(q(column.name()));
            boolean becameRequired = existing.nullable() && !column.nullable();
            if (becameRequired && column.defaultValue() != null) {
                String value = DefaultSql.render(SQLITE, column, column.defaultValue(), type(column.type()));
                sources.add("coalesce(" + q(column.name()) + ", " + value + ") AS " + q(column.name()));
            }
            else {
                sources.add(q(column.name()));
            }
        }
        if (!targets.isEmpty()) {
            statements.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + q(previous.name()));
        }
        statements.add("DROP TABLE " + q(previous.name()));
        statements.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(next.name()));
        for (Index index : next.indexes()) {
            statements.add(createIndex(next, index));
        }
        return statements;
    }

}
