package dev.goofer.profiling;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds SQL text into a query shape: whitespace collapsed, string and number literals and
 * placeholder lists reduced to {@code ?}, so that the same query counts once whatever its
 * values or the length of its {@code IN} lists.
 */
final class SqlShapes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w\"`$.])-?\\d+(?:\\.\\d+)?(?![\\w\"`])");

    private static final Pattern LIST = Pattern.compile("\\?(?:\\s*,\\s*\\?)+");

    private static final Pattern ROWS = Pattern.compile("\\(\\?\\)(?:\\s*,\\s*\\(\\?\\))+");

    private SqlShapes() {
    }

    static String shape(String model, String operation, List<String> sql) {
        StringBuilder shape = new StringBuilder(model).append(' ').append(operation);
        for (int i = 0; i < sql.size(); i++) {
            shape.append((i == 0) ? ": " : "; ").append(normalize(sql.get(i)));
        }
        return shape.toString();
    }

    static String normalize(String sql) {
        String text = WHITESPACE.matcher(sql.trim()).replaceAll(" ");
        text = STRING.matcher(text).replaceAll("?");
        text = NUMBER.matcher(text).replaceAll("?");
        text = LIST.matcher(text).replaceAll("?");
        return ROWS.matcher(text).replaceAll("(?)");
    }

}
