package dev.goofer.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key or unique constraint the client can select one record by.
 *
 * @param method the name of the selector method on the {@code *WhereUnique} class
 * @param fields the key fields, in key order
 */
public record UniqueKeyDescriptor(String method, List<ScalarFieldDescriptor> fields) {

    public UniqueKeyDescriptor {
        Objects.requireNonNull(method, "method");
        fields = List.copyOf(fields);
    }

}
