package dev.goofer.schema.parser;

import java.util.List;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.antlr.v4.runtime.Token;

/**
 * Decodes string literals with JSON escapes, as Prisma does (RFC 8259, section 7).
 */
final class StringLiterals {

    private StringLiterals() {
    }

    static String decode(Token token, SpanFactory spans, List<Diagnostic> diagnostics) {
        String text = token.getText();
        String body = text.substring(1, text.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
                continue;
            }
            i = escape(body, i, out, token, spans, diagnostics);
        }
        return out.toString();
    }

    private static int escape(String body, int at, StringBuilder out, Token token, SpanFactory spans,
            List<Diagnostic> diagnostics) {
        char next = body.charAt(at + 1);
        switch (next) {
            case '"', '\\', '/' -> out.append(next);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                return unicode(body, at, out, token, spans, diagnostics);
            }
            default -> diagnostics.add(SchemaErrors.unknownEscape(span(body, at, at + 2, token, spans)));
        }
        return at + 2;
    }

    private static int unicode(String body, int at, StringBuilder out, Token token, SpanFactory spans,
            List<Diagnostic> diagnostics) {
        int first = hex(body, at + 2);
        if (first < 0) {
            diagnostics
                .add(SchemaErrors.invalidUnicodeEscape(span(body, at, Math.min(body.length(), at + 6), token, spans)));
            return Math.min(body.length(), at + 2);
        }
        char high = (char) first;
        if (!Character.isHighSurrogate(high)) {
            out.append(high);
            return at + 6;
        }
        int second = (body.startsWith("\\u", at + 6)) ? hex(body, at + 8) : -1;
        if (second < 0 || !Character.isLowSurrogate((char) second)) {
            diagnostics.add(SchemaErrors.invalidUnicodeEscape(span(body, at, at + 6, token, spans)));
            return at + 6;
        }
        out.append(high).append((char) second);
        return at + 12;
    }

    private static int hex(String body, int from) {
        if (from + 4 > body.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(body.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static SourceSpan span(String body, int from, int to, Token token, SpanFactory spans) {
        // +1 for the opening quote; body indices are UTF-16 indices, close enough for
        // spans
        int start = body.codePointCount(0, from) + 1;
        int end = body.codePointCount(0, Math.min(to, body.length())) + 1;
        return spans.within(token, start, end);
    }

}
