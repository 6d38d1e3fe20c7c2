package dev.goofer.schema.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Collects syntax errors as diagnostics with {@code file:line:column}, naming expected
 * tokens the way a schema author thinks of them ({@code "}"}, an identifier, a
 * string...).
 */
final class SyntaxErrorListener extends BaseErrorListener {

    private final SpanFactory spans;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SyntaxErrorListener(SpanFactory spans) {
        this.spans = spans;
    }

    List<Diagnostic> diagnostics() {
        return this.diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token) || !(recognizer instanceof Parser parser)) {
            return;
        }
        IntervalSet expected = (e != null && e.getExpectedTokens() != null) ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        this.diagnostics.add(SchemaErrors.syntaxError(describe(token), expected(expected), this.spans.of(token)));
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        if (token.getType() == PrismaLexer.NEWLINE) {
            return "end of line";
        }
        return "`" + token.getText().strip() + "`";
    }

    static String expected(IntervalSet expected) {
        Set<String> names = new TreeSet<>();
        for (int type : expected.toList()) {
            names.add(friendlyName(type));
        }
        if (names.isEmpty()) {
            return "nothing more";
        }
        return String.join(", ", names);
    }

    static String friendlyName(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case PrismaLexer.NEWLINE -> "a new line";
            case PrismaLexer.IDENT, PrismaLexer.MODEL, PrismaLexer.VIEW, PrismaLexer.TYPE, PrismaLexer.ENUM,
                    PrismaLexer.DATASOURCE, PrismaLexer.GENERATOR ->
                "a name";
            case PrismaLexer.STRING -> "a string";
            case PrismaLexer.NUMBER -> "a number";
            case PrismaLexer.BLOCK_OPEN, PrismaLexer.LBRACE -> "`{`";
            case PrismaLexer.BLOCK_CLOSE, PrismaLexer.RBRACE -> "`}`";
            default -> {
                String literal = PrismaLexer.VOCABULARY.getLiteralName(type);
                yield (literal != null) ? "`" + literal.substring(1, literal.length() - 1) + "`"
                        : PrismaLexer.VOCABULARY.getDisplayName(type);
            }
        };
    }

}
