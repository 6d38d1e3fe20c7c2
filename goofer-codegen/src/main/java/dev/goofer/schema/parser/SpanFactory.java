package dev.goofer.schema.parser;

import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Turns ANTLR tokens into {@link SourceSpan}s. ANTLR counts code points; spans count
 * UTF-16 characters like {@link String}, so files with characters outside the BMP get an
 * offset map.
 */
final class SpanFactory {

    private final SourceFile source;

    private final int @Nullable [] charOffsets;

    SpanFactory(SourceFile source) {
        this.source = source;
        String content = source.content();
        int codePoints = content.codePointCount(0, content.length());
        if (codePoints == content.length()) {
            this.charOffsets = null;
        }
        else {
            int[] offsets = new int[codePoints + 1];
            int charIndex = 0;
            for (int i = 0; i < codePoints; i++) {
                offsets[i] = charIndex;
                charIndex += Character.charCount(content.codePointAt(charIndex));
            }
            offsets[codePoints] = charIndex;
            this.charOffsets = offsets;
        }
    }

    SourceFile source() {
        return this.source;
    }

    int offset(int codePointIndex) {
        int[] offsets = this.charOffsets;
        if (offsets == null) {
            return Math.min(codePointIndex, this.source.content().length());
        }
        return offsets[Math.max(0, Math.min(codePointIndex, offsets.length - 1))];
    }

    SourceSpan of(Token token) {
        return of(token, token);
    }

    SourceSpan of(Token start, Token stop) {
        int startOffset = offset(Math.max(0, start.getStartIndex()));
        int endOffset = (stop.getType() == Token.EOF) ? startOffset : offset(stop.getStopIndex() + 1);
        return new SourceSpan(this.source.name(), startOffset, Math.max(startOffset, endOffset),
                Math.max(1, start.getLine()), start.getCharPositionInLine() + 1);
    }

    SourceSpan of(ParserRuleContext context) {
        Token stop = context.getStop();
        return of(context.getStart(), (stop != null && stop.getTokenIndex() >= context.getStart().getTokenIndex())
                ? stop : context.getStart());
    }

    /**
     * Return the span of part of a single-line token, such as an escape inside a string.
     */
    SourceSpan within(Token token, int fromCodePoint, int toCodePoint) {
        int start = offset(token.getStartIndex() + fromCodePoint);
        int end = offset(token.getStartIndex() + toCodePoint);
        return new SourceSpan(this.source.name(), start, Math.max(start, end), token.getLine(),
                token.getCharPositionInLine() + 1 + fromCodePoint);
    }

    /**
     * Return the span of a token's text after its first {@code skip} code points.
     */
    SourceSpan tail(Token token, int skip) {
        int length = token.getStopIndex() - token.getStartIndex() + 1;
        return within(token, Math.min(skip, length), length);
    }

}
