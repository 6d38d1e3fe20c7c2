package dev.goofer.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case conversions between schema names ({@code blog_post}, {@code createdAt},
 * {@code CREATED_AT}) and Java names. Names without underscores keep their inner casing;
 * snake_case names are joined into camel case, with all-caps words lowered.
 */
public final class NameCase {

    private NameCase() {
    }

    /**
     * Convert a name to a Java type name: {@code blog_post} and {@code BLOG_POST} become
     * {@code BlogPost}, {@code user} becomes {@code User}, {@code HTTPLog} stays.
     * @param name the schema name
     * @return the type name, empty if the name has no letters or digits to keep
     */
    public static String pascalCase(String name) {
        List<String> words = words(name);
        if (words.size() == 1) {
            return capitalize(words.get(0));
        }
        StringBuilder result = new StringBuilder();
        words.forEach((word) -> result.append(capitalize(isAllUpperCase(word) ? lower(word) : word)));
        return result.toString();
    }

    /**
     * Convert a name to a Java member name: {@code created_at} and {@code CREATED_AT}
     * become {@code createdAt}, {@code URL} becomes {@code url}, {@code URLPath} becomes
     * {@code urlPath}, {@code userID} stays.
     * @param name the schema name
     * @return the member name, empty if the name has no letters or digits to keep
     */
    public static String camelCase(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder result = new StringBuilder(lowerLeadingCapitals(words.get(0)));
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            result.append(capitalize(isAllUpperCase(word) ? lower(word) : word));
        }
        return result.toString();
    }

    /**
     * Convert a Java member name to a constant name: {@code createdAt} becomes
     * {@code CREATED_AT}, {@code urlPath} becomes {@code URL_PATH}, {@code http2Port}
     * becomes {@code HTTP2_PORT}.
     * @param javaName the member name
     * @return the constant name
     */
    public static String upperSnakeCase(String javaName) {
        StringBuilder result = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && startsWord(javaName, i)
                    && result.charAt(result.length() - 1) != '_') {
                result.append('_');
            }
            result.append(Character.toUpperCase(c));
        }
        return result.toString();
    }

    /**
     * Upper-case the first character.
     * @param name the name
     * @return the capitalized name
     */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean startsWord(String name, int index) {
        char previous = name.charAt(index - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(previous) && index + 1 < name.length()
                && Character.isLowerCase(name.charAt(index + 1));
    }

    private static String lowerLeadingCapitals(String word) {
        int run = 0;
        while (run < word.length() && Character.isUpperCase(word.charAt(run))) {
            run++;
        }
        if (run == word.length()) {
            return lower(word);
        }
        if (run > 1 && Character.isLowerCase(word.charAt(run))) {
            run--;
        }
        return lower(word.substring(0, run)) + word.substring(run);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("_")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isAllUpperCase(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && word.length() > 1;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

}
