package dev.goofer.codegen;

import java.util.Objects;

/**
 * One generated file.
 *
 * @param kind whether the file is a Java source or a resource
 * @param path the path relative to the sources or resources root, with {@code /}
 * separators, for example {@code com/example/db/User.java}
 * @param content the file content
 */
public record GeneratedFile(Kind kind, String path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Where a generated file belongs.
     */
    public enum Kind {

        /** A Java source, for the generated-sources root. */
        SOURCE,

        /** A resource, for the generated-resources root. */
        RESOURCE

    }

}
