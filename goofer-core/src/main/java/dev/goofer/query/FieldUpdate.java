package dev.goofer.query;

import java.util.Objects;

import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * One scalar change of an update: a plain set or an atomic operation.
 *
 * @param field the field
 * @param operation the operation
 * @param value the operand; {@code null} only for setting SQL {@code NULL}
 */
public record FieldUpdate(ScalarFieldMeta field, Operation operation, @Nullable Object value) {

    public FieldUpdate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operation, "operation");
        if (value == null && operation != Operation.SET) {
            throw new IllegalArgumentException(operation + " of \"" + field.name() + "\" needs a value");
        }
    }

    /** Update operations, as Prisma names them. */
    public enum Operation {

        SET, INCREMENT, DECREMENT, MULTIPLY, DIVIDE, PUSH

    }

}
