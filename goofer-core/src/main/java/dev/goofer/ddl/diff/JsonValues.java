package dev.goofer.ddl.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Order-insensitive form of JSON defaults: PostgreSQL stores {@code jsonb} objects with
 * their keys reordered (and duplicate keys dropped), so a default read back from the
 * database equals the schema's only once object keys are sorted.
 */
final class JsonValues {

    private final String text;

    private int position;

    private JsonValues(String text) {
        this.text = text;
    }

    /**
     * Return JSON text with object keys sorted and without white space, or {@code null}
     * if the text is not JSON.
     */
    static @Nullable String sorted(String text) {
        JsonValues parser = new JsonValues(text);
        try {
            String value = parser.value();
            parser.skipSpace();
            return (parser.position == text.length()) ? value : null;
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
            return null;
        }
    }

    private String value() {
        skipSpace();
        char c = this.text.charAt(this.position);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        int start = this.position;
        while (this.position < this.text.length() && "{}[],: \t\r\n".indexOf(this.text.charAt(this.position)) < 0) {
            this.position++;
        }
        if (start == this.position) {
            throw new IllegalArgumentException("Expected a JSON value at " + start);
        }
        return this.text.substring(start, this.position);
    }

    private String object() {
        this.position++;
        Map<String, String> members = new TreeMap<>();
        skipSpace();
        if (this.text.charAt(this.position) == '}') {
            this.position++;
            return "{}";
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            members.put(key, value());
            skipSpace();
            if (this.text.charAt(this.position) == '}') {
                this.position++;
                break;
            }
            expect(',');
        }
        List<String> parts = new ArrayList<>();
        members.forEach((key, value) -> parts.add(key + ":" + value));
        return "{" + String.join(",", parts) + "}";
    }

    private String array() {
        this.position++;
        List<String> elements = new ArrayList<>();
        skipSpace();
        if (this.text.charAt(this.position) == ']') {
            this.position++;
            return "[]";
        }
        while (true) {
            elements.add(value());
            skipSpace();
            if (this.text.charAt(this.position) == ']') {
                this.position++;
                break;
            }
            expect(',');
        }
        return "[" + String.join(",", elements) + "]";
    }

    private String string() {
        int start = this.position;
        expect('"');
        while (this.text.charAt(this.position) != '"') {
            this.position += (this.text.charAt(this.position) == '\\') ? 2 : 1;
        }
        this.position++;
        return this.text.substring(start, this.position);
    }

    private void expect(char c) {
        if (this.text.charAt(this.position) != c) {
            throw new IllegalArgumentException("Expected '" + c + "' at " + this.position);
        }
        this.position++;
    }

    private void skipSpace() {
        while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
            this.position++;
        }
    }

}
