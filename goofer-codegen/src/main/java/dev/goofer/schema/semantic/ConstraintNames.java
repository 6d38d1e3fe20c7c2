package dev.goofer.schema.semantic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint names, aligned with PostgreSQL's conventions:
 * {@code Table_pkey}, {@code Table_a_b_key}, {@code Table_a_b_idx},
 * {@code Table_a_b_fkey} and, on SQL Server, {@code Table_column_df}; built from database
 * names and truncated to the provider's identifier length in bytes.
 */
final class ConstraintNames {

    private ConstraintNames() {
    }

    static String primaryKey(String table, Connector connector) {
        return truncate(table, connector.maxIdentifierLength() - 5) + "_pkey";
    }

    static String unique(String table, List<String> columns, Connector connector) {
        return index(table, columns, "_key", connector);
    }

    static String index(String table, List<String> columns, Connector connector) {
        return index(table, columns, "_idx", connector);
    }

    static String foreignKey(String table, List<String> columns, Connector connector) {
        return index(table, columns, "_fkey", connector);
    }

    static String defaultValue(String table, String column, Connector connector) {
        return truncate(table + "_" + column, connector.maxIdentifierLength() - 3) + "_df";
    }

    private static String index(String table, List<String> columns, String suffix, Connector connector) {
        return truncate(table + "_" + String.join("_", columns), connector.maxIdentifierLength() - suffix.length())
                + suffix;
    }

    /**
     * Cut a name to fewer than {@code limit} bytes of UTF-8 (Prisma truncates as soon as
     * the name reaches the limit), never inside a character.
     */
    static String truncate(String name, int limit) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (limit <= 0 || bytes.length < limit) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int size = 0;
        for (int i = 0; i < name.length();) {
            int codePoint = name.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (size + width > limit) {
                break;
            }
            out.appendCodePoint(codePoint);
            size += width;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

}
