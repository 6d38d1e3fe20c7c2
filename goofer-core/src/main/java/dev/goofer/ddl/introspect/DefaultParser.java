package dev.goofer.ddl.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.Literals;
import dev.goofer.ddl.catalog.TypeFamily;
import org.jspecify.annotations.Nullable;

/**
 * Parses a default expression as a database reports it ({@code 'USER'::"Role"},
 * {@code ARRAY['a'::text]}, {@code current_timestamp(3)}, {@code 0}) into a canonical
 * column default.
 */
final class DefaultParser {

    private static final Pattern NOW = Pattern
        .compile("(?i)(current_timestamp|localtimestamp|now)\\s*(\\(\\s*\\d*\\s*\\))?");

    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$");

    private static final Pattern CASTS = Pattern.compile("^(\\s*::\\s*[\\w .\"\\[\\](),]+)*$");

    private DefaultParser() {
    }

    static @Nullable ColumnDefault parse(@Nullable String sql, TypeFamily family, boolean list,
            boolean backslashEscapes) {
        if (sql == null) {
            return null;
        }
        String text = stripParentheses(sql.trim());
        if (text.isEmpty() || text.equalsIgnoreCase("null") || text.toLowerCase(Locale.ROOT).startsWith("null::")) {
            return null;
        }
        if (NOW.matcher(text).matches()) {
            return new ColumnDefault.Now();
        }
        if (text.regionMatches(true, 0, "ARRAY[", 0, 6)) {
            ColumnDefault array = array(text, family, backslashEscapes);
            return (array != null) ? array : new ColumnDefault.Expression(sql.trim());
        }
        String constant = constant(text, backslashEscapes);
        if (constant == null) {
            return new ColumnDefault.Expression(sql.trim());
        }
        if (list && constant.startsWith("{") && constant.endsWith("}")) {
            return arrayLiteral(constant, family);
        }
        return new ColumnDefault.Value(canonical(family, constant));
    }

    static String canonical(TypeFamily family, String constant) {
        if (family == TypeFamily.BYTES && constant.startsWith("\\x")) {
            return constant.substring(2).toLowerCase(Locale.ROOT);
        }
        return Literals.canonical(family, constant);
    }

    private static @Nullable String constant(String text, boolean backslashEscapes) {
        if (text.startsWith("'")) {
            int end = closingQuote(text, backslashEscapes);
            if (end < 0 || !CASTS.matcher(text.substring(end + 1)).matches()) {
                return null;
            }
            return Literals.unquote(text.substring(0, end + 1), backslashEscapes);
        }
        String value = text;
        int cast = value.indexOf("::");
        if (cast > 0) {
            value = stripParentheses(value.substring(0, cast).trim());
        }
        if (NUMBER.matcher(value).matches() || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value;
        }
        if (value.matches("(?i)b'[01]+'")) {
            return value.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static int closingQuote(String text, boolean backslashEscapes) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            }
            else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                }
                else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static @Nullable ColumnDefault array(String text, TypeFamily family, boolean backslashEscapes) {
        int end = matchingBracket(text, 5);
        if (end < 0 || !CASTS.matcher(text.substring(end + 1)).matches()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String element : splitTopLevel(text.substring(6, end))) {
            String constant = constant(stripParentheses(element.trim()), backslashEscapes);
            if (constant == null) {
                return null;
            }
            values.add(canonical(family, constant));
        }
        return new ColumnDefault.ListValue(values);
    }

    private static int matchingBracket(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted && c == '[') {
                depth++;
            }
            else if (!quoted && c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static ColumnDefault arrayLiteral(String literal, TypeFamily family) {
        String inner = literal.substring(1, literal.length() - 1);
        List<String> values = new ArrayList<>();
        if (!inner.isBlank()) {
            for (String element : splitTopLevel(inner)) {
                String value = element.trim();
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                values.add(canonical(family, value));
            }
        }
        return new ColumnDefault.ListValue(values);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            }
            else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            }
            else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            }
            else if (!quoted && depth == 0 && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length() || !parts.isEmpty()) {
            parts.add(text.substring(start));
        }
        parts.removeIf(String::isBlank);
        return parts;
    }

    static String stripParentheses(String text) {
        String value = text;
        while (value.startsWith("(") && value.endsWith(")") && balanced(value.substring(1, value.length() - 1))) {
            value = value.substring(1, value.length() - 1).trim();
        }
        return value;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted) {
                depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

}
