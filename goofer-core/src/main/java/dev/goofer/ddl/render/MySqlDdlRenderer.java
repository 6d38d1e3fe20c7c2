package dev.goofer.ddl.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.ddl.diff.TableChange;

/**
 * MySQL and MariaDB DDL, spelled as Prisma Migrate spells it: indexes inside
 * {@code CREATE TABLE}, {@code utf8mb4} tables, enums as {@code ENUM(...)} column types,
 * {@code MODIFY} for column changes.
 */
final class MySqlDdlRenderer implements DdlRenderer {

    private static final DialectKind MYSQL = DialectKind.MYSQL;

    @Override
    public List<String> render(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable create) {
            return List.of(createTable(create.table()));
        }
        if (change instanceof SchemaChange.DropTable drop) {
            return List.of("DROP TABLE " + q(drop.table().name()));
        }
        if (change instanceof SchemaChange.AlterTable alter) {
            return alterTable(alter);
        }
        if (change instanceof SchemaChange.CreateIndex create) {
            Index index = create.index();
            String kind = index.unique() ? "UNIQUE " : (index.kind() == Index.Kind.FULLTEXT) ? "FULLTEXT " : "";
            return List.of("CREATE " + kind + "INDEX " + q(index.name()) + " ON " + q(create.table().name()) + "("
                    + columns(index.columns()) + ")");
        }
        if (change instanceof SchemaChange.DropIndex drop) {
            return List.of("DROP INDEX " + q(drop.index().name()) + " ON " + q(drop.table().name()));
        }
        if (change instanceof SchemaChange.RenameIndex rename) {
            return List.of("ALTER TABLE " + q(rename.table().name()) + " RENAME INDEX " + q(rename.previous().name())
                    + " TO " + q(rename.next().name()));
        }
        if (change instanceof SchemaChange.AddForeignKey add) {
            return List.of("ALTER TABLE " + q(add.table().name()) + " ADD " + foreignKey(add.foreignKey()));
        }
        if (change instanceof SchemaChange.DropForeignKey drop) {
            return List
                .of("ALTER TABLE " + q(drop.table().name()) + " DROP FOREIGN KEY " + q(drop.foreignKey().name()));
        }
        if (change instanceof SchemaChange.CreateNamespace || change instanceof SchemaChange.CreateEnum
                || change instanceof SchemaChange.AddEnumValues || change instanceof SchemaChange.RecreateEnum
                || change instanceof SchemaChange.DropEnum || change instanceof SchemaChange.RedefineTable) {
            throw new IllegalStateException("MySQL has no " + change.getClass().getSimpleName() + " step");
        }
        throw new IllegalStateException("Unhandled change " + change);
    }

    private static String q(String name) {
        return Identifiers.quote(MYSQL, name);
    }

    private static String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach((c) -> lines.add(column(c)));
        List<String> keys = new ArrayList<>();
        for (Index index : table.indexes()) {
            String kind = index.unique() ? "UNIQUE " : (index.kind() == Index.Kind.FULLTEXT) ? "FULLTEXT " : "";
            keys.add(kind + "INDEX " + q(index.name()) + "(" + columns(index.columns()) + ")");
        }
        if (table.primaryKey() != null) {
            keys.add("PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
        }
        String body = lines.stream().map((l) -> "    " + l).collect(Collectors.joining(",\n"));
        if (!keys.isEmpty()) {
            body = body + ",\n\n" + keys.stream().map((k) -> "    " + k).collect(Collectors.joining(",\n"));
        }
        return "CREATE TABLE " + q(table.name()) + " (\n" + body
                + "\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
    }

    private static String columns(List<IndexColumn> columns) {
        return columns.stream()
            .map((c) -> q(c.name()) + ((c.length() != null) ? "(" + c.length() + ")" : "")
                    + (c.descending() ? " DESC" : ""))
            .collect(Collectors.joining(", "));
    }

    static String column(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(type(column.type()));
        sql.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.defaultValue() != null && !column.autoincrement()) {
            String value = DefaultSql.render(MYSQL, column, column.defaultValue(), type(column.type()));
            if (!value.isBlank()) {
                sql.append(" DEFAULT ").append(value);
            }
        }
        if (column.autoincrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    static String type(String type) {
        if (type.startsWith("enum(")) {
            return "ENUM(" + type.substring(5, type.length() - 1).replace("','", "', '") + ")";
        }
        if (type.equals("tinyint(1)")) {
            return "BOOLEAN";
        }
        String upper = type.toUpperCase(Locale.ROOT);
        if (upper.equals("INT") || upper.startsWith("INT ")) {
            upper = "INTEGER" + upper.substring(3);
        }
        return upper.replace(",", ", ");
    }

    private static String foreignKey(ForeignKey fk) {
        return "CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + Identifiers.list(MYSQL, fk.columns(), ", ")
                + ") REFERENCES " + q(fk.referencedTable()) + "("
                + Identifiers.list(MYSQL, fk.referencedColumns(), ", ") + ") ON DELETE " + fk.onDelete().sql()
                + " ON UPDATE " + fk.onUpdate().sql();
    }

    private static List<String> alterTable(SchemaChange.AlterTable alter) {
        List<String> clauses = new ArrayList<>();
        for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                clauses.add("DROP PRIMARY KEY");
            }
            else if (change instanceof TableChange.AddPrimaryKey add) {
                clauses.add("ADD PRIMARY KEY (" + columns(add.primaryKey().columns()) + ")");
            }
            else if (change instanceof TableChange.RenamePrimaryKey) {
                continue;
            }
            else if (change instanceof TableChange.DropColumn drop) {
                clauses.add("DROP COLUMN " + q(drop.column().name()));
            }
            else if (change instanceof TableChange.AddColumn add) {
                clauses.add("ADD COLUMN " + column(add.column()));
            }
            else if (change instanceof TableChange.AlterColumn column) {
                boolean onlyDropDefault = column.defaultChanged() && column.next().defaultValue() == null
                        && !column.typeChanged() && !column.nullabilityChanged() && !column.autoincrementChanged();
                clauses.add(onlyDropDefault ? "ALTER COLUMN " + q(column.next().name()) + " DROP DEFAULT"
                        : "MODIFY " + column(column.next()));
            }
            else {
                throw new IllegalStateException("Unhandled table change " + change);
            }
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        return List.of("ALTER TABLE " + q(alter.previous().name()) + " " + String.join(",\n    ", clauses));
    }

}
