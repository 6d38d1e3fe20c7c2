package dev.goofer.ddl.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.EnumRef;
import dev.goofer.ddl.catalog.EnumType;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.Literals;
import dev.goofer.ddl.catalog.PrimaryKey;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.ddl.diff.TableChange;

/**
 * PostgreSQL DDL, spelled as Prisma Migrate spells it ({@code SERIAL}, {@code TEXT},
 * {@code TIMESTAMP(3)}, named primary keys, {@code CREATE TYPE ... AS ENUM}).
 */
final class PostgresDdlRenderer implements DdlRenderer {

    private static final DialectKind PG = DialectKind.POSTGRESQL;

    @Override
    public List<String> render(SchemaChange change) {
        if (change instanceof SchemaChange.CreateNamespace create) {
            return List.of("CREATE SCHEMA IF NOT EXISTS " + q(create.name()));
        }
        if (change instanceof SchemaChange.CreateEnum create) {
            return List.of(createEnum(create.enumType(), create.enumType().name()));
        }
        if (change instanceof SchemaChange.AddEnumValues add) {
            return addEnumValues(add);
        }
        if (change instanceof SchemaChange.RecreateEnum recreate) {
            return recreateEnum(recreate);
        }
        if (change instanceof SchemaChange.DropEnum drop) {
            return List.of("DROP TYPE " + name(drop.enumType()));
        }
        if (change instanceof SchemaChange.CreateTable create) {
            return List.of(createTable(create.table()));
        }
        if (change instanceof SchemaChange.DropTable drop) {
            return List.of("DROP TABLE " + name(drop.table()));
        }
        if (change instanceof SchemaChange.AlterTable alter) {
            return alterTable(alter);
        }
        if (change instanceof SchemaChange.CreateIndex create) {
            return List.of(createIndex(create.table(), create.index()));
        }
        if (change instanceof SchemaChange.DropIndex drop) {
            return List.of("DROP INDEX " + Identifiers.qualified(PG, drop.table().namespace(), drop.index().name()));
        }
        if (change instanceof SchemaChange.RenameIndex rename) {
            return List
                .of("ALTER INDEX " + Identifiers.qualified(PG, rename.table().namespace(), rename.previous().name())
                        + " RENAME TO " + q(rename.next().name()));
        }
        if (change instanceof SchemaChange.AddForeignKey add) {
            return List.of("ALTER TABLE " + name(add.table()) + " ADD " + foreignKey(add.foreignKey()));
        }
        if (change instanceof SchemaChange.DropForeignKey drop) {
            return List.of("ALTER TABLE " + name(drop.table()) + " DROP CONSTRAINT " + q(drop.foreignKey().name()));
        }
        if (change instanceof SchemaChange.RedefineTable) {
            throw new IllegalStateException("Table rebuilds are only used on SQLite");
        }
        throw new IllegalStateException("Unhandled change " + change);
    }

    private static String q(String name) {
        return Identifiers.quote(PG, name);
    }

    private static String name(Table table) {
        return Identifiers.qualified(PG, table.namespace(), table.name());
    }

    private static String name(EnumType enumType) {
        return Identifiers.qualified(PG, enumType.namespace(), enumType.name());
    }

    private static String createEnum(EnumType enumType, String typeName) {
        return "CREATE TYPE " + Identifiers.qualified(PG, enumType.namespace(), typeName) + " AS ENUM ("
                + enumType.values().stream().map(Literals::quote).collect(Collectors.joining(", ")) + ")";
    }

    private static List<String> addEnumValues(SchemaChange.AddEnumValues add) {
        List<String> statements = new ArrayList<>();
        List<String> values = add.next().values();
        for (String value : add.added()) {
            int position = values.indexOf(value);
            String before = values.subList(position + 1, values.size())
                .stream()
                .filter(add.previous().values()::contains)
                .findFirst()
                .orElse(null);
            statements.add("ALTER TYPE " + name(add.previous()) + " ADD VALUE " + Literals.quote(value)
                    + ((before != null) ? " BEFORE " + Literals.quote(before) : ""));
        }
        return statements;
    }

    private static List<String> recreateEnum(SchemaChange.RecreateEnum recreate) {
        EnumType next = recreate.next();
        String newName = next.name() + "_new";
        String qualifiedNew = Identifiers.qualified(PG, next.namespace(), newName);
        List<String> statements = new ArrayList<>();
        statements.add(createEnum(next, newName));
        for (SchemaChange.ColumnUsage usage : recreate.usages()) {
            String table = name(usage.table());
            String column = q(usage.column());
            String array = usage.list() ? "[]" : "";
            if (usage.previousDefault() != null) {
                statements.add("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT");
            }
            statements.add("ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + qualifiedNew + array
                    + " USING (" + column + "::text" + array + "::" + qualifiedNew + array + ")");
        }
        statements.add("ALTER TYPE " + name(recreate.previous()) + " RENAME TO " + q(next.name() + "_old"));
        statements.add("ALTER TYPE " + qualifiedNew + " RENAME TO " + q(next.name()));
        statements.add("DROP TYPE " + Identifiers.qualified(PG, next.namespace(), next.name() + "_old"));
        for (SchemaChange.ColumnUsage usage : recreate.usages()) {
            if (usage.previousDefault() != null && usage.nextDefault() != null) {
                Column column = usage.table().column(usage.column());
                Column target = column.withEnumRef(next.ref()).withDefault(usage.nextDefault());
                statements.add("ALTER TABLE " + name(usage.table()) + " ALTER COLUMN " + q(usage.column())
                        + " SET DEFAULT " + DefaultSql.render(PG, target, usage.nextDefault(), type(target)));
            }
        }
        return statements;
    }

    private static String createTable(Table table) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name(table)).append(" (\n");
        sql.append(table.columns().stream().map((c) -> "    " + column(c)).collect(Collectors.joining(",\n")));
        PrimaryKey primaryKey = table.primaryKey();
        if (primaryKey != null) {
            sql.append(",\n\n    ").append(primaryKey(primaryKey));
        }
        return sql.append("\n)").toString();
    }

    private static String primaryKey(PrimaryKey primaryKey) {
        String constraint = (primaryKey.name() != null) ? "CONSTRAINT " + q(primaryKey.name()) + " " : "";
        return constraint + "PRIMARY KEY (" + Identifiers.list(PG, primaryKey.columnNames(), ",") + ")";
    }

    static String column(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(type(column));
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null && !column.autoincrement()) {
            String value = DefaultSql.render(PG, column, column.defaultValue(), type(column));
            if (!value.isBlank()) {
                sql.append(" DEFAULT ").append(value);
            }
        }
        return sql.toString();
    }

    static String type(Column column) {
        String array = column.list() ? "[]" : "";
        EnumRef enumRef = column.enumRef();
        if (enumRef != null) {
            return Identifiers.qualified(PG, enumRef.namespace(), enumRef.name()) + array;
        }
        if (column.autoincrement()) {
            switch (column.type()) {
                case "integer":
                    return "SERIAL";
                case "bigint":
                    return "BIGSERIAL";
                case "smallint":
                    return "SMALLSERIAL";
                default:
                    break;
            }
        }
        return spelling(column.type()) + array;
    }

    private static String spelling(String type) {
        if (type.startsWith("character varying")) {
            return "VARCHAR" + type.substring("character varying".length());
        }
        if (type.startsWith("character(")) {
            return "CHAR" + type.substring("character".length());
        }
        if (type.startsWith("bit varying")) {
            return "VARBIT" + type.substring("bit varying".length());
        }
        if (type.startsWith("numeric")) {
            return "DECIMAL" + type.substring("numeric".length());
        }
        if (type.startsWith("timestamp") || type.startsWith("time")) {
            String base = type.startsWith("timestamp") ? "TIMESTAMP" : "TIME";
            String rest = type.substring(base.length());
            String precision = rest.startsWith("(") ? rest.substring(0, rest.indexOf(')') + 1) : "";
            return base + (rest.endsWith("with time zone") && !rest.endsWith("without time zone") ? "TZ" : "")
                    + precision;
        }
        return type.toUpperCase(Locale.ROOT);
    }

    private static String createIndex(Table table, Index index) {
        String columns = index.columns()
            .stream()
            .map(PostgresDdlRenderer::indexColumn)
            .collect(Collectors.joining(", "));
        String using = (index.algorithm() != null) ? " USING " + index.algorithm().toUpperCase(Locale.ROOT) + " ("
                : "(";
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + name(table) + using
                + columns + ")";
    }

    private static String indexColumn(IndexColumn column) {
        return q(column.name()) + ((column.operatorClass() != null) ? " " + column.operatorClass() : "")
                + (column.descending() ? " DESC" : "");
    }

    private static String foreignKey(ForeignKey fk) {
        return "CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + Identifiers.list(PG, fk.columns(), ", ")
                + ") REFERENCES " + Identifiers.qualified(PG, fk.referencedNamespace(), fk.referencedTable()) + "("
                + Identifiers.list(PG, fk.referencedColumns(), ", ") + ") ON DELETE " + fk.onDelete().sql()
                + " ON UPDATE " + fk.onUpdate().sql();
    }

    private static List<String> alterTable(SchemaChange.AlterTable alter) {
        Table table = alter.previous();
        String prefix = "ALTER TABLE " + name(table) + " ";
        List<String> before = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.DropPrimaryKey drop) {
                clauses.add("DROP CONSTRAINT " + q(drop.primaryKey().name()));
            }
            else if (change instanceof TableChange.AddPrimaryKey add) {
                clauses.add("ADD " + primaryKey(add.primaryKey()));
            }
            else if (change instanceof TableChange.RenamePrimaryKey rename) {
                after.add(prefix + "RENAME CONSTRAINT " + q(rename.previousName()) + " TO " + q(rename.nextName()));
            }
            else if (change instanceof TableChange.DropColumn drop) {
                clauses.add("DROP COLUMN " + q(drop.column().name()));
            }
            else if (change instanceof TableChange.AddColumn add) {
                clauses.add("ADD COLUMN " + column(add.column()));
            }
            else if (change instanceof TableChange.AlterColumn column) {
                alterColumn(table, column, prefix, before, clauses, after);
            }
            else {
                throw new IllegalStateException("Unhandled table change " + change);
            }
        }
        List<String> statements = new ArrayList<>(before);
        if (!clauses.isEmpty()) {
            statements.add(prefix + String.join(",\n", clauses));
        }
        statements.addAll(after);
        return statements;
    }

    private static void alterColumn(Table table, TableChange.AlterColumn change, String prefix, List<String> before,
            List<String> clauses, List<String> after) {
        Column previous = change.previous();
        Column next = change.next();
        String alter = "ALTER COLUMN " + q(next.name());
        boolean dropDefault = change.defaultChanged() || change.autoincrementChanged();
        if (change.typeChanged()) {
            if (previous.defaultValue() != null || previous.autoincrement()) {
                before.add(prefix + alter + " DROP DEFAULT");
            }
            String type = type(next.autoincrement() ? next.withDefault(null) : next);
            type = baseType(next, type);
            String cast = (previous.enumRef() != null || next.enumRef() != null)
                    ? q(next.name()) + "::text" + (previous.list() ? "[]" : "") + "::" + type
                    : q(next.name()) + "::" + type;
            before.add(prefix + alter + " SET DATA TYPE " + type + " USING (" + cast + ")");
            dropDefault = false;
        }
        if (change.autoincrementChanged() && next.autoincrement()) {
            String sequence = (table.name() + "_" + next.name() + "_seq").toLowerCase(Locale.ROOT);
            String qualified = Identifiers.qualified(PG, table.namespace(), sequence);
            before.add("CREATE SEQUENCE " + qualified);
            clauses.add(alter + " SET DEFAULT nextval(" + Literals.quote(qualified) + ")");
            after.add("ALTER SEQUENCE " + qualified + " OWNED BY " + name(table) + "." + q(next.name()));
        }
        else if (next.defaultValue() != null && (change.defaultChanged() || change.typeChanged())) {
            clauses.add(alter + " SET DEFAULT " + DefaultSql.render(PG, next, next.defaultValue(), type(next)));
        }
        else if (dropDefault && (previous.defaultValue() != null || previous.autoincrement())) {
            clauses.add(alter + " DROP DEFAULT");
        }
        if (change.nullabilityChanged()) {
            clauses.add(alter + (next.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
    }

    private static String baseType(Column column, String type) {
        if (!column.autoincrement()) {
            return type;
        }
        return switch (column.type()) {
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "smallint" -> "SMALLINT";
            default -> type;
        };
    }

}
