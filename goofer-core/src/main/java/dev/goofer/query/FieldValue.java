package dev.goofer.query;

import java.util.Objects;

import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * A value for a scalar field, in a unique selector or in create data.
 *
 * @param field the field
 * @param value the Java value; {@code null} sets SQL {@code NULL}
 */
public record FieldValue(ScalarFieldMeta field, @Nullable Object value) {

    public FieldValue {
        Objects.requireNonNull(field, "field");
    }

}
