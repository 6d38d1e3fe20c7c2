package dev.goofer.reliability;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of strings made of quotes, backslashes, pattern characters of
 * {@code LIKE} and {@code GLOB}, SQL fragments, NUL, whitespace and Unicode (combining
 * marks, right-to-left text and controls, emoji as surrogate pairs and ZWJ sequences).
 * Letters that have a case are ASCII only, so that case-insensitive matching means the
 * same on every database whatever its locale.
 */
final class HostileStrings {

    static final String NUL = "\u0000";

    private static final List<String> FRAGMENTS = List.of("'", "''", "\"", "\\", "\\\\", "\\'", "%", "_", "\\%", "\\_",
            "%%", "*", "?", "[", "]", "[a-z]", "^", "$", "`", ";", "--", "/*", "*/", "'; DROP TABLE \"Tag\"; --",
            "'; DROP TABLE `Tag`; --", "' OR '1'='1", "\" OR \"\"=\"", "$1", ":name", "%s", "{0}", "\n", "\r\n", "\t",
            " ", "a", "A", "b", "B", "z", "Z", "x", "e\u0301", "\u0301", "\u05E9\u05DC\u05D5\u05DD",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u202E", "\u200F", "\u200B", "\uFEFF", "\uD83D\uDE00",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD835\uDD18", "\u6F22\u5B57", "\u00A0", NUL);

    /** Orders strings by code point, as UTF-8 bytes and binary collations do. */
    static final Comparator<String> CODE_POINT_ORDER = (left, right) -> {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    };

    private final Random random;

    private final boolean nul;

    HostileStrings(long seed, boolean nul) {
        this.random = new Random(seed);
        this.nul = nul;
    }

    /** A string of one to six fragments. */
    String next() {
        StringBuilder text = new StringBuilder();
        int fragments = 1 + this.random.nextInt(6);
        while (fragments > 0) {
            String fragment = FRAGMENTS.get(this.random.nextInt(FRAGMENTS.size()));
            if (this.nul || !fragment.equals(NUL)) {
                text.append(fragment);
                fragments--;
            }
        }
        return text.toString();
    }

    /**
     * A probe for the filters: a part of a stored string (so that matches are found), the
     * stored string with its case swapped, or a new string.
     */
    String probe(List<String> stored) {
        String base = stored.get(this.random.nextInt(stored.size()));
        return switch (this.random.nextInt(5)) {
            case 0 -> base;
            case 1 -> swapCase(base);
            case 2, 3 -> part(base);
            default -> next();
        };
    }

    int nextInt(int bound) {
        return this.random.nextInt(bound);
    }

    private String part(String text) {
        int[] codePoints = text.codePoints().toArray();
        int from = this.random.nextInt(codePoints.length);
        int to = from + 1 + this.random.nextInt(codePoints.length - from);
        return new String(codePoints, from, to - from);
    }

    static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                swapped.append((char) (c - 'a' + 'A'));
            }
            else if (c >= 'A' && c <= 'Z') {
                swapped.append((char) (c - 'A' + 'a'));
            }
            else {
                swapped.append(c);
            }
        }
        return swapped.toString();
    }

    /** Lower-case ASCII letters only: the only letters with a case in these strings. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            folded.append((c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c);
        }
        return folded.toString();
    }

}
