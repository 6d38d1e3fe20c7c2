package dev.goofer.codegen.naming;

import java.util.Set;

/**
 * What makes a name legal where generated code declares it. Keywords get a trailing
 * underscore ({@code class} becomes {@code class_}), as conjure's name sanitizer does,
 * and so do member names a record or the client base class already uses.
 */
public final class JavaIdentifiers {

    /** Keywords and literals, which no identifier may spell. */
    public static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_");

    /** Restricted identifiers that cannot name a type. */
    public static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * Names a record component may not have (JLS 8.10.1): their accessors would clash
     * with {@link Object}'s methods.
     */
    public static final Set<String> RECORD_FORBIDDEN = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    /**
     * Names of no-argument methods the generated client inherits and cannot override:
     * {@link Object}'s and {@code GooferClientBase.executor()}.
     */
    public static final Set<String> CLIENT_FORBIDDEN = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait", "executor");

    private JavaIdentifiers() {
    }

    /**
     * Whether a name is a legal Java identifier that is not a keyword.
     * @param name the name
     * @return whether the name can be declared
     */
    public static boolean isIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name can name a class, record or enum.
     * @param name the name
     * @return whether the name can be declared as a type
     */
    public static boolean isTypeName(String name) {
        return isIdentifier(name) && !RESTRICTED_TYPE_NAMES.contains(name);
    }

    /**
     * Append underscores to a name while it is a keyword or one of the given reserved
     * names.
     * @param name the name
     * @param reserved further names to avoid
     * @return the name, made declarable
     */
    public static String escape(String name, Set<String> reserved) {
        String escaped = name;
        while (KEYWORDS.contains(escaped) || reserved.contains(escaped)) {
            escaped = escaped + "_";
        }
        return escaped;
    }

    /**
     * Append underscores to a name while it is a keyword.
     * @param name the name
     * @return the name, made declarable
     */
    public static String escape(String name) {
        return escape(name, Set.of());
    }

    /**
     * Turn a dotted name that may not be a legal package name, such as a Maven
     * {@code groupId} ({@code com.my-company.2024}), into one
     * ({@code com.my_company._2024}): characters that cannot be part of an identifier
     * become underscores, segments that cannot start one get a leading underscore and
     * keywords a trailing one.
     * @param dotted the dotted name
     * @return the package name, empty if {@code dotted} has no segment
     */
    public static String toPackageName(String dotted) {
        StringBuilder packageName = new StringBuilder();
        for (String segment : dotted.split("\\.")) {
            if (segment.isEmpty()) {
                continue;
            }
            StringBuilder identifier = new StringBuilder(segment.length() + 1);
            segment.codePoints()
                .forEach((c) -> identifier.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
            if (!Character.isJavaIdentifierStart(identifier.codePointAt(0))) {
                identifier.insert(0, '_');
            }
            if (KEYWORDS.contains(identifier.toString())) {
                identifier.append('_');
            }
            packageName.append((packageName.length() > 0) ? "." : "").append(identifier);
        }
        return packageName.toString();
    }

    /**
     * Whether a string is a legal package name.
     * @param packageName the dotted name
     * @return whether every segment is an identifier
     */
    public static boolean isPackageName(String packageName) {
        for (String segment : packageName.split("\\.", -1)) {
            if (!isIdentifier(segment)) {
                return false;
            }
        }
        return true;
    }

}
