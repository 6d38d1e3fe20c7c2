package dev.goofer.ddl.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column default, in a canonical form that compares equal whether it was computed from
 * a schema or read back from a database.
 */
public sealed interface ColumnDefault {

    /**
     * A constant. Strings and enum values are unquoted, numbers are in plain notation
     * without trailing zeros, booleans are {@code true}/{@code false}, bytes are lower
     * case hex, date-times are {@code yyyy-MM-dd HH:mm:ss[.fff]}.
     *
     * @param value the canonical text of the value
     */
    record Value(String value) implements ColumnDefault {

        public Value {
            Objects.requireNonNull(value, "value");
        }

    }

    /**
     * An array constant (PostgreSQL scalar lists).
     *
     * @param values the canonical text of each element
     */
    record ListValue(List<String> values) implements ColumnDefault {

        public ListValue {
            values = List.copyOf(values);
        }

    }

    /** The current timestamp ({@code now()}). */
    record Now() implements ColumnDefault {
    }

    /**
     * A database expression ({@code dbgenerated("...")}), compared ignoring case, white
     * space and enclosing parentheses.
     *
     * @param sql the expression as written or as the database reports it
     */
    record Expression(String sql) implements ColumnDefault {

        public Expression {
            Objects.requireNonNull(sql, "sql");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expression expression && normalize(this.sql).equals(normalize(expression.sql));
        }

        @Override
        public int hashCode() {
            return normalize(this.sql).hashCode();
        }

        private static String normalize(String sql) {
            String text = sql.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
                text = text.substring(1, text.length() - 1);
            }
            return text;
        }

        private static boolean balanced(String text) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
                if (depth < 0) {
                    return false;
                }
            }
            return depth == 0;
        }

    }

}
