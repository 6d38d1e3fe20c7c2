package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A native database type from a {@code @db.*} attribute, such as {@code VarChar(255)}.
 *
 * @param name the native type name without the {@code db.} prefix
 * @param arguments the arguments as written, for example {@code ["10", "2"]}
 */
public record NativeType(String name, List<String> arguments) {

    public NativeType {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /**
     * Return the type as written in a schema, for example {@code VarChar(255)}.
     * @return the type text
     */
    @Override
    public String toString() {
        return this.arguments.isEmpty() ? this.name : this.name + "(" + String.join(", ", this.arguments) + ")";
    }

}
