package dev.goofer.ddl.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.ForeignKeyAction;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.TypeFamily;

/**
 * Reads a SQLite catalog from {@code sqlite_master} and the {@code pragma_*} table
 * functions. Foreign key names, which no pragma reports, are read from the
 * {@code CREATE TABLE} text.
 */
final class SqliteIntrospector implements Introspector {

    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^]]+]|[\\w$]+)";

    private static final Pattern NAMED_FK = Pattern
        .compile("(?is)CONSTRAINT\\s+" + IDENT + "\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)\\s*REFERENCES\\s+" + IDENT);

    @Override
    public Catalog introspect(Connection connection, Set<String> namespaces, Set<String> ignoredTables)
            throws SQLException {
        Map<String, String> sources = new LinkedHashMap<>();
        Jdbc.query(connection,
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                (s) -> {
                }, (rows) -> {
                    if (!ignoredTables.contains(rows.getString(1))) {
                        sources.put(rows.getString(1), rows.getString(2));
                    }
                });
        List<dev.goofer.ddl.catalog.Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            tables.add(table(connection, source.getKey(), source.getValue()));
        }
        return new Catalog(List.of(), List.of(), tables);
    }

    private static dev.goofer.ddl.catalog.Table table(Connection connection, String name, String sql)
            throws SQLException {
        TableBuilder table = new TableBuilder(null, name);
        Map<Integer, String> keyColumns = new TreeMap<>();
        List<Object[]> columns = new ArrayList<>();
        Jdbc.query(connection, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)",
                (s) -> s.setString(1, name), (rows) -> {
                    columns.add(new Object[] { rows.getString(1), rows.getString(2), rows.getInt(3) != 0,
                            rows.getString(4) });
                    if (rows.getInt(5) > 0) {
                        keyColumns.put(rows.getInt(5), rows.getString(1));
                    }
                });
        for (Object[] column : columns) {
            String type = ((String) column[1]).toLowerCase(Locale.ROOT);
            boolean autoincrement = keyColumns.size() == 1 && keyColumns.containsValue((String) column[0])
                    && type.equals("integer");
            TypeFamily family = TypeFamily.of(DialectKind.SQLITE, type);
            table.columns.add(new Column((String) column[0], type, null, false, !(Boolean) column[2], autoincrement,
                    DefaultParser.parse((String) column[3], family, false, false)));
        }
        keyColumns.values().forEach((c) -> table.primaryKey.add(IndexColumn.of(c)));
        indexes(connection, table);
        foreignKeys(connection, table, sql);
        return table.build();
    }

    private static void indexes(Connection connection, TableBuilder table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        Jdbc.query(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)",
                (s) -> s.setString(1, table.name), (rows) -> {
                    if (!"pk".equals(rows.getString(3)) && rows.getInt(4) == 0) {
                        indexes.add(new String[] { rows.getString(1), rows.getString(2) });
                    }
                });
        for (String[] index : indexes) {
            TableBuilder.IndexParts parts = table.indexes.computeIfAbsent(index[0],
                    (n) -> new TableBuilder.IndexParts());
            parts.kind = "1".equals(index[1]) ? Index.Kind.UNIQUE : Index.Kind.NORMAL;
            Jdbc.query(connection, "SELECT cid, name, \"desc\", \"key\" FROM pragma_index_xinfo(?) ORDER BY seqno",
                    (s) -> s.setString(1, index[0]), (rows) -> {
                        if (rows.getInt(4) != 1) {
                            return;
                        }
                        if (rows.getInt(1) < 0) {
                            parts.skip = true;
                            return;
                        }
                        parts.columns.add(new IndexColumn(rows.getString(2), rows.getInt(3) == 1, null, null));
                    });
        }
    }

    private static void foreignKeys(Connection connection, TableBuilder table, String sql) throws SQLException {
        Map<String, String> names = foreignKeyNames(sql);
        Map<Integer, TableBuilder.ForeignKeyParts> fks = new TreeMap<>();
        Jdbc.query(connection,
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?) "
                        + "ORDER BY id, seq",
                (s) -> s.setString(1, table.name), (rows) -> {
                    TableBuilder.ForeignKeyParts fk = fks.computeIfAbsent(rows.getInt(1),
                            (id) -> new TableBuilder.ForeignKeyParts());
                    fk.referencedTable = rows.getString(2);
                    fk.columns.add(rows.getString(3));
                    fk.referencedColumns.add(rows.getString(4));
                    fk.onUpdate = action(rows.getString(5));
                    fk.onDelete = action(rows.getString(6));
                });
        int position = 0;
        for (TableBuilder.ForeignKeyParts fk : fks.values()) {
            if (fk.referencedColumns.contains(null)) {
                List<String> key = primaryKey(connection, fk.referencedTable);
                fk.referencedColumns.clear();
                fk.referencedColumns.addAll(key);
            }
            fk.name = names.get(key(fk.columns, fk.referencedTable));
            table.foreignKeys.put((fk.name != null) ? fk.name : "\u0000" + position++, fk);
        }
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        Jdbc.query(connection, "SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0", (s) -> s.setString(1, table),
                (rows) -> key.put(rows.getInt(2), rows.getString(1)));
        return new ArrayList<>(key.values());
    }

    private static Map<String, String> foreignKeyNames(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher matcher = NAMED_FK.matcher((sql != null) ? sql : "");
        while (matcher.find()) {
            List<String> columns = Arrays.stream(matcher.group(2).split(",")).map((c) -> unquote(c.trim())).toList();
            names.put(key(columns, unquote(matcher.group(3))), unquote(matcher.group(1)));
        }
        return names;
    }

    private static String key(List<String> columns, String table) {
        return table + "(" + String.join(",", columns) + ")";
    }

    private static String unquote(String identifier) {
        if (identifier.length() >= 2
                && (identifier.startsWith("\"") || identifier.startsWith("`") || identifier.startsWith("["))) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier;
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
