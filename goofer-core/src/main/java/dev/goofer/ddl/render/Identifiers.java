package dev.goofer.ddl.render;

import java.util.List;
import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.DialectKind;
import org.jspecify.annotations.Nullable;

/**
 * Quotes identifiers per dialect: double quotes on PostgreSQL and SQLite, backticks on
 * MySQL, with embedded quote characters doubled.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Quote an identifier.
     * @param dialect the dialect
     * @param name the identifier
     * @return the quoted identifier
     */
    public static String quote(DialectKind dialect, String name) {
        if (dialect == DialectKind.MYSQL) {
            return "`" + name.replace("`", "``") + "`";
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Quote a name qualified with an optional namespace.
     * @param dialect the dialect
     * @param namespace the namespace, {@code null} for the default one
     * @param name the name
     * @return the quoted, qualified name
     */
    public static String qualified(DialectKind dialect, @Nullable String namespace, String name) {
        return (namespace != null) ? quote(dialect, namespace) + "." + quote(dialect, name) : quote(dialect, name);
    }

    /**
     * Quote and join column names.
     * @param dialect the dialect
     * @param names the column names
     * @param separator the separator
     * @return the joined list
     */
    public static String list(DialectKind dialect, List<String> names, String separator) {
        return names.stream().map((n) -> quote(dialect, n)).collect(Collectors.joining(separator));
    }

}
