package dev.goofer.schema.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One schema file: the name diagnostics report (usually a path relative to the schema
 * folder) and its text.
 *
 * @param name the file name shown in diagnostics, for example {@code schema.prisma}
 * @param content the file text
 */
public record SourceFile(String name, String content) {

    /**
     * Create a source file.
     * @param name the file name shown in diagnostics
     * @param content the file text
     */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Return the lines of the file, without their line terminators. {@code \r\n},
     * {@code \n} and {@code \r} all end a line, as in the Prisma grammar.
     * @return the lines, at least one
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = this.content.length();
        for (int i = 0; i < length; i++) {
            char c = this.content.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(this.content.substring(start, i));
                if (c == '\r' && i + 1 < length && this.content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(this.content.substring(start));
        return lines;
    }

    /**
     * Return the span of the text between two character offsets, computing its 1-based
     * line and column.
     * @param startOffset the offset of the first character
     * @param endOffset the offset after the last character
     * @return the span
     */
    public SourceSpan span(int startOffset, int endOffset) {
        int line = 1;
        int lineStart = 0;
        int limit = Math.min(startOffset, this.content.length());
        for (int i = 0; i < limit; i++) {
            char c = this.content.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= this.content.length() || this.content.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(this.name, startOffset, endOffset, line, limit - lineStart + 1);
    }

}
