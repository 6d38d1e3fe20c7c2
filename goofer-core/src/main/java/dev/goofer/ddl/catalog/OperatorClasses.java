package dev.goofer.ddl.catalog;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL operator classes: Prisma's {@code ops:} names converted to SQL names, with
 * the classes that are the default for their type dropped (the database does not report
 * them as chosen).
 */
public final class OperatorClasses {

    private static final Set<String> DEFAULTS = Set.of("jsonb_ops", "array_ops", "text_ops", "bit_minmax_ops",
            "varbit_minmax_ops", "bpchar_minmax_ops", "bytea_minmax_ops", "date_minmax_ops", "float4_minmax_ops",
            "float8_minmax_ops", "inet_inclusion_ops", "inet_minmax_ops", "int2_minmax_ops", "int4_minmax_ops",
            "int8_minmax_ops", "numeric_minmax_ops", "oid_minmax_ops", "text_minmax_ops", "timestamp_minmax_ops",
            "timestamptz_minmax_ops", "time_minmax_ops", "timetz_minmax_ops", "uuid_minmax_ops", "int4_ops", "int8_ops",
            "int2_ops", "float4_ops", "float8_ops", "numeric_ops", "bool_ops", "bpchar_ops", "bytea_ops", "date_ops",
            "timestamp_ops", "timestamptz_ops", "time_ops", "timetz_ops", "uuid_ops", "varchar_ops", "interval_ops",
            "oid_ops", "bit_ops", "varbit_ops", "char_ops", "name_ops", "macaddr_ops", "enum_ops", "record_ops",
            "tsvector_ops", "range_ops", "multirange_ops", "box_ops", "point_ops", "poly_ops", "circle_ops",
            "quad_point_ops", "kd_point_ops");

    private OperatorClasses() {
    }

    /**
     * Return the SQL name of a non-default operator class.
     * @param operatorClass the class as written in the schema ({@code JsonbPathOps},
     * {@code raw("gin_trgm_ops")} or an SQL name)
     * @param algorithm the index access method ({@code gin}, ...), {@code null} for
     * B-tree
     * @return the SQL name, or {@code null} for none or a default class
     */
    public static @Nullable String normalize(@Nullable String operatorClass, @Nullable String algorithm) {
        if (operatorClass == null || operatorClass.isBlank()) {
            return null;
        }
        String name = operatorClass.trim();
        if (name.startsWith("raw(")) {
            name = name.substring(4, name.length() - 1).trim();
            if (name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return name;
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            name = snakeCase(name);
        }
        boolean spgistInet = name.equals("inet_ops") && "spgist".equals(algorithm);
        return (isDefault(name) || spgistInet) ? null : name;
    }

    /**
     * Whether the operator class is the default of its type for the access methods Prisma
     * supports.
     * @param sqlName the SQL name of the class
     * @return whether the class is a default class
     */
    public static boolean isDefault(String sqlName) {
        return DEFAULTS.contains(sqlName);
    }

    private static String snakeCase(String name) {
        String spaced = name.replace("MinMax", "Minmax");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

}
