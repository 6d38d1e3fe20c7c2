package dev.goofer.schema.diagnostics;

import java.util.Objects;

/**
 * Where a piece of schema text sits: its file, its character offsets and the 1-based line
 * and column of its first character.
 *
 * @param file the file name, as in {@link SourceFile#name()}
 * @param startOffset the offset of the first character
 * @param endOffset the offset after the last character
 * @param line the 1-based line of the first character
 * @param column the 1-based column of the first character
 */
public record SourceSpan(String file, int startOffset, int endOffset, int line, int column) {

    /**
     * Create a span.
     * @param file the file name
     * @param startOffset the offset of the first character
     * @param endOffset the offset after the last character
     * @param line the 1-based line
     * @param column the 1-based column
     */
    public SourceSpan {
        Objects.requireNonNull(file, "file");
        if (endOffset < startOffset) {
            throw new IllegalArgumentException("endOffset " + endOffset + " is before startOffset " + startOffset);
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /**
     * Return the span from the start of this one to the end of another in the same file.
     * @param end the span where the result ends
     * @return the covering span
     */
    public SourceSpan to(SourceSpan end) {
        return new SourceSpan(this.file, this.startOffset, Math.max(this.endOffset, end.endOffset), this.line,
                this.column);
    }

    /**
     * Return the location as {@code file:line:column}.
     * @return the location
     */
    public String location() {
        return this.file + ":" + this.line + ":" + this.column;
    }

}
