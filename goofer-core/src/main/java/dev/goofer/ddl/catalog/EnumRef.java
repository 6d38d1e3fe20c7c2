package dev.goofer.ddl.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A reference from a column to a native enum type.
 *
 * @param namespace the namespace of the type, {@code null} for the default one
 * @param name the type name
 */
public record EnumRef(@Nullable String namespace, String name) {

    public EnumRef {
        Objects.requireNonNull(name, "name");
    }

}
