package dev.goofer.ddl.catalog;

import java.util.Locale;

/**
 * The broad family of a column type, which decides how defaults are normalized and which
 * type changes are safe.
 */
public enum TypeFamily {

    INT, BIGINT, FLOAT, DECIMAL, BOOLEAN, STRING, DATETIME, JSON, BYTES, ENUM, OTHER;

    /**
     * Whether values of this family are numbers.
     * @return whether the family is numeric
     */
    public boolean numeric() {
        return this == INT || this == BIGINT || this == FLOAT || this == DECIMAL;
    }

    /**
     * Return the family of a column.
     * @param dialect the dialect the column type is spelled in
     * @param column the column
     * @return the family
     */
    public static TypeFamily of(DialectKind dialect, Column column) {
        if (column.enumRef() != null) {
            return ENUM;
        }
        return of(dialect, column.type());
    }

    /**
     * Return the family of a canonical column type.
     * @param dialect the dialect the type is spelled in
     * @param type the canonical type
     * @return the family
     */
    public static TypeFamily of(DialectKind dialect, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return switch (dialect) {
            case POSTGRESQL -> postgres(t);
            case MYSQL -> mysql(t);
            case SQLITE -> sqlite(t);
        };
    }

    private static TypeFamily postgres(String t) {
        if (t.equals("integer") || t.equals("smallint") || t.equals("oid")) {
            return INT;
        }
        if (t.equals("bigint")) {
            return BIGINT;
        }
        if (t.equals("real") || t.equals("double precision") || t.equals("money")) {
            return FLOAT;
        }
        if (t.startsWith("numeric")) {
            return DECIMAL;
        }
        if (t.equals("boolean")) {
            return BOOLEAN;
        }
        if (t.startsWith("timestamp") || t.startsWith("time") || t.equals("date")) {
            return DATETIME;
        }
        if (t.equals("json") || t.equals("jsonb")) {
            return JSON;
        }
        if (t.equals("bytea")) {
            return BYTES;
        }
        if (t.equals("text") || t.startsWith("character") || t.equals("citext") || t.equals("uuid") || t.equals("xml")
                || t.equals("inet") || t.startsWith("bit")) {
            return STRING;
        }
        return OTHER;
    }

    private static TypeFamily mysql(String t) {
        if (t.startsWith("enum(")) {
            return ENUM;
        }
        if (t.equals("tinyint(1)")) {
            return BOOLEAN;
        }
        if (t.startsWith("bigint")) {
            return BIGINT;
        }
        if (t.startsWith("int") || t.startsWith("tinyint") || t.startsWith("smallint") || t.startsWith("mediumint")
                || t.equals("year")) {
            return INT;
        }
        if (t.startsWith("float") || t.startsWith("double")) {
            return FLOAT;
        }
        if (t.startsWith("decimal")) {
            return DECIMAL;
        }
        if (t.startsWith("datetime") || t.startsWith("timestamp") || t.startsWith("time") || t.equals("date")) {
            return DATETIME;
        }
        if (t.equals("json")) {
            return JSON;
        }
        if (t.startsWith("binary") || t.startsWith("varbinary") || t.endsWith("blob") || t.startsWith("bit")) {
            return BYTES;
        }
        if (t.startsWith("char") || t.startsWith("varchar") || t.endsWith("text")) {
            return STRING;
        }
        return OTHER;
    }

    private static TypeFamily sqlite(String t) {
        return switch (t) {
            case "integer", "int" -> INT;
            case "bigint" -> BIGINT;
            case "real", "double", "float" -> FLOAT;
            case "decimal", "numeric" -> DECIMAL;
            case "boolean" -> BOOLEAN;
            case "text" -> STRING;
            case "datetime", "date" -> DATETIME;
            case "jsonb", "json" -> JSON;
            case "blob" -> BYTES;
            default -> OTHER;
        };
    }

}
