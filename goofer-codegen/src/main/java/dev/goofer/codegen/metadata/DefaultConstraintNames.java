package dev.goofer.codegen.metadata;

import java.nio.charset.StandardCharsets;

import dev.goofer.metadata.Provider;

/**
 * Prisma's default primary key name ({@code
 *
<Table>
 * _pkey}) for providers whose primary keys have no name in the database (MySQL, SQLite),
 * so that every model's metadata carries one. Built as Prisma's {@code ConstraintNames}
 * does: from the table's database name, cut on a character boundary to the provider's
 * identifier length in bytes minus the suffix.
 */
final class DefaultConstraintNames {

    private static final String PRIMARY_KEY_SUFFIX = "_pkey";

    private DefaultConstraintNames() {
    }

    static String primaryKey(String table, Provider provider) {
        return truncate(table, maxIdentifierLength(provider) - PRIMARY_KEY_SUFFIX.length()) + PRIMARY_KEY_SUFFIX;
    }

    /**
     * Return the longest identifier a provider accepts, in bytes, as Prisma's connectors
     * declare it.
     */
    static int maxIdentifierLength(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> 63;
            case MYSQL -> 64;
            case SQLITE -> 10000;
            case SQLSERVER -> 128;
        };
    }

    /**
     * Cut a name to at most {@code limit} bytes of UTF-8, never inside a character.
     */
    static String truncate(String name, int limit) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= limit) {
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
