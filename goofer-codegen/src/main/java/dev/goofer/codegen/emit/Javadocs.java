package dev.goofer.codegen.emit;

import org.jspecify.annotations.Nullable;

/**
 * Turns {@code ///} schema documentation into Javadoc text that cannot end the comment,
 * start a block tag or be read as HTML or a Unicode escape.
 */
final class Javadocs {

    private Javadocs() {
    }

    /**
     * Escape documentation for a Javadoc comment.
     * @param text the documentation
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '@' -> escaped.append("&#64;");
                case '\\' -> escaped.append("&#92;");
                case '/' -> escaped.append((i > 0 && text.charAt(i - 1) == '*') ? "&#47;" : "/");
                case '\r' -> {
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString().strip();
    }

    /**
     * Write a value as inline code, escaping braces as well.
     * @param value the value
     * @return the Javadoc text
     */
    static String code(String value) {
        return "<code>" + escape(value).replace("{", "&#123;").replace("}", "&#125;") + "</code>";
    }

    /**
     * Return the escaped documentation, or a fallback sentence.
     * @param documentation the documentation, or {@code null}
     * @param fallback the sentence to use without documentation, already Javadoc
     * @return the text
     */
    static String or(@Nullable String documentation, String fallback) {
        return (documentation != null && !documentation.isBlank()) ? escape(documentation) : fallback;
    }

    /**
     * Return the documentation as a paragraph to append after a first sentence.
     * @param documentation the documentation, or {@code null}
     * @return the paragraph with a leading blank line, or an empty string
     */
    static String paragraph(@Nullable String documentation) {
        return (documentation != null && !documentation.isBlank()) ? "<p>\n" + escape(documentation) + "\n" : "";
    }

    /**
     * Return the documentation as the leading paragraph before a generated sentence.
     * @param documentation the documentation, or {@code null}
     * @return the documentation followed by a paragraph break, or an empty string
     */
    static String lead(@Nullable String documentation) {
        return (documentation != null && !documentation.isBlank()) ? escape(documentation) + "\n<p>\n" : "";
    }

    /**
     * Return the documentation's first line, for {@code @param} and {@code @return} tags.
     * @param documentation the documentation, or {@code null}
     * @param fallback the text to use without documentation
     * @return the text
     */
    static String summary(@Nullable String documentation, String fallback) {
        if (documentation == null || documentation.isBlank()) {
            return fallback;
        }
        return escape(documentation).replace('\n', ' ');
    }

}
