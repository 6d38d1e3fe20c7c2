package dev.goofer.ddl.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.EnumRef;
import dev.goofer.ddl.catalog.EnumType;
import dev.goofer.ddl.catalog.ForeignKeyAction;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.TypeFamily;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PostgreSQL catalog from {@code pg_catalog}.
 */
final class PostgresIntrospector implements Introspector {

    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname""";

    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
              pg_get_expr(d.adbin, d.adrelid) AS dflt, a.attidentity, t.typtype, t.typcategory,
              tn.nspname AS typnamespace, t.typname, et.typtype AS elemtyptype, et.typname AS elemtypname,
              etn.nspname AS elemnamespace
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
            LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            ORDER BY a.attrelid, a.attnum""";

    private static final String PRIMARY_KEYS = """
            SELECT con.conrelid, con.conname, a.attname
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            WHERE con.contype = 'p' AND n.nspname = ANY (?)
            ORDER BY con.conrelid, k.ord""";

    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname AS index_name, i.indisunique, am.amname, k.pos,
              a.attname, (i.indoption[k.pos]::int & 1) = 1 AS descending, opc.opcname, opc.opcdefault,
              (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL) AS special,
              EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype = 'x') AS exclusion
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL generate_subscripts(i.indkey, 1) AS k(pos)
            LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.pos]
            LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.pos]
            WHERE NOT i.indisprimary AND k.pos < i.indnkeyatts AND n.nspname = ANY (?)
            ORDER BY i.indrelid, ic.relname, k.pos""";

    private static final String FOREIGN_KEYS = """
            SELECT con.conrelid, con.conname, con.confdeltype, con.confupdtype, fn.nspname, fc.relname,
              a.attname, fa.attname AS fattname
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class fc ON fc.oid = con.confrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fattnum
            WHERE con.contype = 'f' AND n.nspname = ANY (?)
            ORDER BY con.conrelid, con.conname, k.ord""";

    private static final String ENUMS = """
            SELECT n.nspname, t.typname, e.enumlabel FROM pg_type t
            JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ANY (?) ORDER BY n.nspname, t.typname, e.enumsortorder""";

    @Override
    public Catalog introspect(Connection connection, Set<String> namespaces, Set<String> ignoredTables)
            throws SQLException {
        String defaultNamespace = Jdbc.string(connection, "SELECT current_schema()");
        Set<String> all = new LinkedHashSet<>(namespaces);
        all.add(defaultNamespace);
        Array names = connection.createArrayOf("text", all.toArray());
        List<String> existing = new ArrayList<>();
        Jdbc.query(connection, "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)", (s) -> s.setArray(1, names),
                (rows) -> existing.add(rows.getString(1)));
        Map<Long, TableBuilder> tables = new LinkedHashMap<>();
        Jdbc.query(connection, TABLES, (s) -> s.setArray(1, names), (rows) -> {
            if (!ignoredTables.contains(rows.getString(3))) {
                tables.put(rows.getLong(1),
                        new TableBuilder(ns(rows.getString(2), defaultNamespace), rows.getString(3)));
            }
        });
        Jdbc.query(connection, COLUMNS, (s) -> s.setArray(1, names), (rows) -> {
            TableBuilder table = tables.get(rows.getLong(1));
            if (table != null) {
                table.columns.add(column(rows, defaultNamespace));
            }
        });
        Jdbc.query(connection, PRIMARY_KEYS, (s) -> s.setArray(1, names), (rows) -> {
            TableBuilder table = tables.get(rows.getLong(1));
            if (table != null) {
                table.primaryKeyName = rows.getString(2);
                table.primaryKey.add(IndexColumn.of(rows.getString(3)));
            }
        });
        Jdbc.query(connection, INDEXES, (s) -> s.setArray(1, names), (rows) -> index(tables, rows));
        Jdbc.query(connection, FOREIGN_KEYS, (s) -> s.setArray(1, names),
                (rows) -> foreignKey(tables, rows, defaultNamespace));
        Map<String, EnumParts> enums = new LinkedHashMap<>();
        Jdbc.query(connection, ENUMS, (s) -> s.setArray(1, names), (rows) -> {
            String namespace = rows.getString(1);
            String name = rows.getString(2);
            enums
                .computeIfAbsent(namespace + "\u0000" + name,
                        (key) -> new EnumParts(ns(namespace, defaultNamespace), name))
                .values()
                .add(rows.getString(3));
        });
        existing.remove(defaultNamespace);
        return new Catalog(existing, enums.values().stream().map(EnumParts::build).toList(),
                tables.values().stream().map(TableBuilder::build).toList());
    }

    private static @Nullable String ns(String namespace, String defaultNamespace) {
        return namespace.equals(defaultNamespace) ? null : namespace;
    }

    private static Column column(ResultSet rows, String defaultNamespace) throws SQLException {
        String type = rows.getString("type");
        boolean list = "A".equals(rows.getString("typcategory"));
        if (list && type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2);
        }
        EnumRef enumRef = null;
        if ("e".equals(rows.getString("typtype"))) {
            enumRef = new EnumRef(ns(rows.getString("typnamespace"), defaultNamespace), rows.getString("typname"));
        }
        else if (list && "e".equals(rows.getString("elemtyptype"))) {
            enumRef = new EnumRef(ns(rows.getString("elemnamespace"), defaultNamespace), rows.getString("elemtypname"));
        }
        if (enumRef != null) {
            type = enumRef.name();
        }
        String defaultSql = rows.getString("dflt");
        String identity = rows.getString("attidentity");
        boolean autoincrement = (identity != null && !identity.isBlank())
                || (defaultSql != null && defaultSql.startsWith("nextval("));
        ColumnDefault defaultValue = null;
        if (!autoincrement) {
            TypeFamily family = (enumRef != null) ? TypeFamily.ENUM : TypeFamily.of(DialectKind.POSTGRESQL, type);
            defaultValue = DefaultParser.parse(defaultSql, family, list, false);
        }
        return new Column(rows.getString("attname"), type, enumRef, list, !rows.getBoolean("attnotnull"), autoincrement,
                defaultValue);
    }

    private static void index(Map<Long, TableBuilder> tables, ResultSet rows) throws SQLException {
        TableBuilder table = tables.get(rows.getLong("indrelid"));
        if (table == null) {
            return;
        }
        TableBuilder.IndexParts index = table.indexes.computeIfAbsent(rows.getString("index_name"),
                (name) -> new TableBuilder.IndexParts());
        index.kind = rows.getBoolean("indisunique") ? Index.Kind.UNIQUE : Index.Kind.NORMAL;
        String algorithm = rows.getString("amname");
        index.algorithm = "btree".equals(algorithm) ? null : algorithm;
        String column = rows.getString("attname");
        if (column == null || rows.getBoolean("special") || rows.getBoolean("exclusion")) {
            index.skip = true;
            return;
        }
        String operatorClass = rows.getBoolean("opcdefault") ? null : rows.getString("opcname");
        index.columns.add(new IndexColumn(column, rows.getBoolean("descending"), null, operatorClass));
    }

    private static void foreignKey(Map<Long, TableBuilder> tables, ResultSet rows, String defaultNamespace)
            throws SQLException {
        TableBuilder table = tables.get(rows.getLong("conrelid"));
        if (table == null) {
            return;
        }
        TableBuilder.ForeignKeyParts fk = table.foreignKeys.computeIfAbsent(rows.getString("conname"),
                (name) -> new TableBuilder.ForeignKeyParts());
        fk.name = rows.getString("conname");
        fk.referencedNamespace = ns(rows.getString("nspname"), defaultNamespace);
        fk.referencedTable = rows.getString("relname");
        fk.onDelete = action(rows.getString("confdeltype"));
        fk.onUpdate = action(rows.getString("confupdtype"));
        fk.columns.add(rows.getString("attname"));
        fk.referencedColumns.add(rows.getString("fattname"));
    }

    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "c" -> ForeignKeyAction.CASCADE;
            case "r" -> ForeignKeyAction.RESTRICT;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private record EnumParts(@Nullable String namespace, String name, List<String> values) {

        EnumParts(@Nullable String namespace, String name) {
            this(namespace, name, new ArrayList<>());
        }

        EnumType build() {
            return new EnumType(this.namespace, this.name, this.values);
        }

    }

}
