package dev.goofer.schema.diagnostics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Renders diagnostics the way Prisma's schema engine does: the one-line
 * {@code file:line:column: error: message} followed by a code frame with an arrow to the
 * location, the line before, the offending line and a caret line under the span.
 *
 * <pre>
 * schema.prisma:7:17: error: ...
 *   --&gt;  schema.prisma:7:17
 *    |
 *  6 | model Category {
 *  7 |   id String @id @default(uuid(42))
 *    |                 ^^^^^^^^^^^^^^^^^
 * </pre>
 */
public final class DiagnosticPrinter {

    private static final int MAX_CARETS = 120;

    private DiagnosticPrinter() {
    }

    /**
     * Render diagnostics, each with a code frame when its file is among the sources.
     * @param diagnostics the diagnostics
     * @param sources the schema files
     * @return the rendered text, one block per diagnostic
     */
    public static String render(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        Map<String, List<String>> lines = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            SourceFile source = find(sources, diagnostic.span().file());
            @Nullable List<String> fileLines = (source != null) ? lines.computeIfAbsent(source.name(), (name) -> source.lines())
                    : null;
            out.append(render(diagnostic, fileLines));
        }
        return out.toString();
    }

    /**
     * Render one diagnostic with its code frame.
     * @param diagnostic the diagnostic
     * @param source the file it points into
     * @return the rendered text
     */
    public static String render(Diagnostic diagnostic, SourceFile source) {
        return render(diagnostic, source.lines());
    }

    private static String render(Diagnostic diagnostic, @Nullable List<String> lines) {
        StringBuilder out = new StringBuilder(diagnostic.format()).append('\n');
        SourceSpan span = diagnostic.span();
        out.append("  -->  ").append(span.location()).append('\n');
        if (lines == null || span.line() > lines.size()) {
            return out.toString();
        }
        int width = Math.max(2, String.valueOf(span.line()).length());
        String gutter = " ".repeat(width) + " | ";
        out.append(gutter.stripTrailing()).append('\n');
        if (span.line() > 1) {
            out.append(numbered(span.line() - 1, width, lines)).append('\n');
        }
        String line = lines.get(span.line() - 1);
        out.append(numbered(span.line(), width, lines)).append('\n');
        int start = Math.min(span.column() - 1, line.length());
        int length = Math.max(1, Math.min(span.endOffset() - span.startOffset(), line.length() - start));
        out.append(gutter).append(indent(line, start)).append("^".repeat(Math.min(length, MAX_CARETS))).append('\n');
        return out.toString();
    }

    private static String indent(String line, int length) {
        StringBuilder indent = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            indent.append((line.charAt(i) == '\t') ? '\t' : ' ');
        }
        return indent.toString();
    }

    private static String numbered(int lineNumber, int width, List<String> lines) {
        String number = String.valueOf(lineNumber);
        return " ".repeat(width - number.length()) + number + " | " + lines.get(lineNumber - 1);
    }

    private static @Nullable SourceFile find(List<SourceFile> sources, String name) {
        for (SourceFile source : sources) {
            if (source.name().equals(name)) {
                return source;
            }
        }
        return null;
    }

}
