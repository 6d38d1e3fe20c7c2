package dev.goofer.schema.semantic;

import java.util.Objects;

/**
 * A PostgreSQL operator class of an index field, from {@code ops:}: a known class such as
 * {@code JsonbPathOps}, or {@code raw("...")}.
 *
 * @param name the class name, or the raw SQL text
 * @param raw whether the class was given as {@code raw("...")}
 */
public record OperatorClass(String name, boolean raw) {

    /**
     * Create an operator class.
     * @param name the name
     * @param raw whether it is raw
     */
    public OperatorClass {
        Objects.requireNonNull(name, "name");
    }

}
