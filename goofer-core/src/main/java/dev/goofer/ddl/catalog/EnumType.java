package dev.goofer.ddl.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A native enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}).
 *
 * @param namespace the namespace, {@code null} for the default one
 * @param name the type name
 * @param values the values, in declaration order
 */
public record EnumType(@Nullable String namespace, String name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /**
     * Return a reference to this type.
     * @return the reference
     */
    public EnumRef ref() {
        return new EnumRef(this.namespace, this.name);
    }

}
