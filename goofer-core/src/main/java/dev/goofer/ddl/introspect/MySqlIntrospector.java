package dev.goofer.ddl.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.ForeignKeyAction;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.TypeFamily;

/**
 * Reads a MySQL or MariaDB catalog from {@code information_schema}. MariaDB's
 * {@code JSON} (a {@code LONGTEXT} with a {@code json_valid} check) reads as
 * {@code json}, and the indexes MySQL creates implicitly for foreign keys are left out.
 */
final class MySqlIntrospector implements Introspector {

    private static final Pattern INT_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)(.*)$");

    private static final Pattern JSON_CHECK = Pattern.compile("(?i)json_valid\\(`([^`]+)`\\)");

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
              k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
              AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
            WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    @Override
    public Catalog introspect(Connection connection, Set<String> namespaces, Set<String> ignoredTables)
            throws SQLException {
        boolean mariaDb = Jdbc.string(connection, "SELECT VERSION()").toLowerCase(Locale.ROOT).contains("mariadb");
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        Jdbc.query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", (s) -> {
                }, (rows) -> {
                    if (!ignoredTables.contains(rows.getString(1))) {
                        tables.put(rows.getString(1), new TableBuilder(null, rows.getString(1)));
                    }
                });
        Set<String> jsonColumns = mariaDb ? jsonColumns(connection) : Set.of();
        Jdbc.query(connection, COLUMNS, (s) -> {
        }, (rows) -> {
            TableBuilder table = tables.get(rows.getString(1));
            if (table != null) {
                table.columns
                    .add(column(rows, mariaDb, jsonColumns.contains(rows.getString(1) + "." + rows.getString(2))));
            }
        });
        Jdbc.query(connection, INDEXES, (s) -> {
        }, (rows) -> index(tables, rows));
        Jdbc.query(connection, FOREIGN_KEYS, (s) -> {
        }, (rows) -> foreignKey(tables, rows));
        for (TableBuilder table : tables.values()) {
            dropImplicitForeignKeyIndexes(table);
        }
        return new Catalog(List.of(), List.of(), tables.values().stream().map(TableBuilder::build).toList());
    }

    private static Set<String> jsonColumns(Connection connection) throws SQLException {
        Set<String> columns = new HashSet<>();
        Jdbc.query(connection, "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                + "WHERE CONSTRAINT_SCHEMA = DATABASE()", (s) -> {
                }, (rows) -> {
                    Matcher matcher = JSON_CHECK.matcher(rows.getString(2));
                    if (matcher.find()) {
                        columns.add(rows.getString(1) + "." + matcher.group(1));
                    }
                });
        return columns;
    }

    private static Column column(ResultSet rows, boolean mariaDb, boolean json) throws SQLException {
        String type = normalizeType(rows.getString("COLUMN_TYPE"));
        if (json && type.equals("longtext")) {
            type = "json";
        }
        String extra = rows.getString("EXTRA");
        extra = (extra != null) ? extra.toLowerCase(Locale.ROOT) : "";
        boolean autoincrement = extra.contains("auto_increment");
        TypeFamily family = TypeFamily.of(DialectKind.MYSQL, type);
        String defaultSql = rows.getString("COLUMN_DEFAULT");
        ColumnDefault defaultValue;
        if (defaultSql == null || autoincrement) {
            defaultValue = null;
        }
        else if (mariaDb || extra.contains("default_generated")) {
            defaultValue = DefaultParser.parse(defaultSql, family, false, true);
        }
        else {
            defaultValue = new ColumnDefault.Value(DefaultParser.canonical(family, defaultSql));
        }
        return new Column(rows.getString("COLUMN_NAME"), type, null, false, "YES".equals(rows.getString("IS_NULLABLE")),
                autoincrement, defaultValue);
    }

    static String normalizeType(String columnType) {
        String trimmed = columnType.trim();
        if (trimmed.regionMatches(true, 0, "enum(", 0, 5) || trimmed.regionMatches(true, 0, "set(", 0, 4)) {
            int open = trimmed.indexOf('(');
            return trimmed.substring(0, open).toLowerCase(Locale.ROOT) + trimmed.substring(open);
        }
        String type = trimmed.toLowerCase(Locale.ROOT);
        if (type.equals("tinyint(1)")) {
            return type;
        }
        Matcher matcher = INT_WIDTH.matcher(type);
        if (matcher.matches()) {
            return matcher.group(1) + matcher.group(2);
        }
        if (type.startsWith("year(")) {
            return "year";
        }
        return type;
    }

    private static void index(Map<String, TableBuilder> tables, ResultSet rows) throws SQLException {
        TableBuilder table = tables.get(rows.getString("TABLE_NAME"));
        String name = rows.getString("INDEX_NAME");
        if (table == null) {
            return;
        }
        String column = rows.getString("COLUMN_NAME");
        Integer length = (rows.getObject("SUB_PART") != null) ? rows.getInt("SUB_PART") : null;
        boolean descending = "D".equals(rows.getString("COLLATION"));
        if (name.equals("PRIMARY")) {
            table.primaryKey.add(new IndexColumn(column, descending, length, null));
            return;
        }
        TableBuilder.IndexParts index = table.indexes.computeIfAbsent(name, (n) -> new TableBuilder.IndexParts());
        if ("FULLTEXT".equals(rows.getString("INDEX_TYPE"))) {
            index.kind = Index.Kind.FULLTEXT;
        }
        else if (rows.getInt("NON_UNIQUE") == 0) {
            index.kind = Index.Kind.UNIQUE;
        }
        if (column == null) {
            index.skip = true;
            return;
        }
        index.columns.add(new IndexColumn(column, descending, length, null));
    }

    private static void foreignKey(Map<String, TableBuilder> tables, ResultSet rows) throws SQLException {
        TableBuilder table = tables.get(rows.getString("TABLE_NAME"));
        if (table == null) {
            return;
        }
        String name = rows.getString("CONSTRAINT_NAME");
        TableBuilder.ForeignKeyParts fk = table.foreignKeys.computeIfAbsent(name,
                (n) -> new TableBuilder.ForeignKeyParts());
        fk.name = name;
        fk.referencedTable = rows.getString("REFERENCED_TABLE_NAME");
        fk.onDelete = action(rows.getString("DELETE_RULE"));
        fk.onUpdate = action(rows.getString("UPDATE_RULE"));
        fk.columns.add(rows.getString("COLUMN_NAME"));
        fk.referencedColumns.add(rows.getString("REFERENCED_COLUMN_NAME"));
    }

    private static void dropImplicitForeignKeyIndexes(TableBuilder table) {
        for (TableBuilder.ForeignKeyParts fk : table.foreignKeys.values()) {
            TableBuilder.IndexParts index = table.indexes.get(fk.name);
            if (index != null && index.kind == Index.Kind.NORMAL
                    && index.columns.stream().map(IndexColumn::name).toList().equals(fk.columns)) {
                table.indexes.remove(fk.name);
            }
        }
    }

    private static ForeignKeyAction action(String rule) {
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

}
