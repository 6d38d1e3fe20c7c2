package dev.goofer.schema.semantic;

import org.jspecify.annotations.Nullable;

/**
 * Checks that a string is well-formed JSON (RFC 8259), for {@code Json} defaults.
 */
final class JsonSyntax {

    private final String text;

    private int position;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /**
     * Check a JSON text.
     * @return {@code null} if the text is valid, otherwise what is wrong
     */
    static @Nullable String check(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.whitespace();
            parser.value(0);
            parser.whitespace();
            if (parser.position != text.length()) {
                return "trailing characters at position " + parser.position;
            }
            return null;
        }
        catch (IllegalStateException ex) {
            return ex.getMessage();
        }
    }

    private void value(int depth) {
        if (depth > 512) {
            throw new IllegalStateException("recursion limit exceeded");
        }
        char c = peek();
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object(int depth) {
        expect('{');
        whitespace();
        if (peek() == '}') {
            this.position++;
            return;
        }
        do {
            whitespace();
            string();
            whitespace();
            expect(':');
            whitespace();
            value(depth + 1);
            whitespace();
        }
        while (consume(','));
        expect('}');
    }

    private void array(int depth) {
        expect('[');
        whitespace();
        if (peek() == ']') {
            this.position++;
            return;
        }
        do {
            whitespace();
            value(depth + 1);
            whitespace();
        }
        while (consume(','));
        expect(']');
    }

    private void string() {
        expect('"');
        while (true) {
            char c = next();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new IllegalStateException("control character in string at position " + (this.position - 1));
            }
            if (c == '\\') {
                char escape = next();
                if (escape == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(next(), 16) < 0) {
                            throw new IllegalStateException("invalid unicode escape at position " + this.position);
                        }
                    }
                }
                else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw new IllegalStateException("invalid escape at position " + (this.position - 1));
                }
            }
        }
    }

    private void number() {
        int start = this.position;
        consume('-');
        if (!consume('0')) {
            digits();
        }
        if (consume('.')) {
            digits();
        }
        if (consume('e') || consume('E')) {
            if (!consume('+')) {
                consume('-');
            }
            digits();
        }
        if (this.position == start) {
            throw new IllegalStateException("expected value at position " + start);
        }
    }

    private void digits() {
        int start = this.position;
        while (this.position < this.text.length() && Character.isDigit(this.text.charAt(this.position))) {
            this.position++;
        }
        if (this.position == start) {
            throw new IllegalStateException("expected digit at position " + start);
        }
    }

    private void literal(String word) {
        if (!this.text.startsWith(word, this.position)) {
            throw new IllegalStateException("expected value at position " + this.position);
        }
        this.position += word.length();
    }

    private void whitespace() {
        while (this.position < this.text.length() && " \t\n\r".indexOf(this.text.charAt(this.position)) >= 0) {
            this.position++;
        }
    }

    private boolean consume(char c) {
        if (this.position < this.text.length() && this.text.charAt(this.position) == c) {
            this.position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw new IllegalStateException("expected `" + c + "` at position " + this.position);
        }
    }

    private char peek() {
        if (this.position >= this.text.length()) {
            throw new IllegalStateException("EOF while parsing a value");
        }
        return this.text.charAt(this.position);
    }

    private char next() {
        char c = peek();
        this.position++;
        return c;
    }

}
