package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A database-specific column type from a {@code @db.X(args)} attribute.
 *
 * @param name the type name, such as {@code VarChar}
 * @param arguments the arguments as written, such as {@code ["255"]}
 */
public record NativeType(String name, List<String> arguments) {

    /**
     * Create a native type.
     * @param name the name
     * @param arguments the arguments
     */
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
