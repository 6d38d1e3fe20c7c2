package dev.goofer.types;

import java.util.Objects;

/**
 * A JSON value of a Prisma {@code Json} field, held as its JSON text. Goofer does not
 * pick a JSON library for you: parse {@link #text()} with the one your application uses.
 *
 * @param text the JSON text, for example {@code {"a": 1}} or {@code "x"} or {@code null}
 */
public record Json(String text) {

    /** The JSON {@code null} literal (not a SQL {@code NULL}). */
    public static final Json NULL = new Json("null");

    public Json {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Create a JSON value from its text.
     * @param text the JSON text
     * @return the value
     */
    public static Json of(String text) {
        return new Json(text);
    }

    /**
     * Create a JSON string value, escaping the given text.
     * @param value the string
     * @return the JSON string value
     */
    public static Json string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return new Json(json.append('"').toString());
    }

    @Override
    public String toString() {
        return this.text;
    }

}
