package dev.goofer.sql;

import java.util.List;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of a cached statement template: the value of a slot, converted the way the
 * renderer would have converted the value itself.
 *
 * @param slot the slot index
 * @param field the field whose value it is, converted with {@link Dialect#toParameter},
 * or {@code null} to bind the value as it is
 * @param kind how the value becomes the parameter
 * @param operator the text operator of a pattern
 */
record Deferred(int slot, @Nullable ScalarFieldMeta field, Kind kind, Filter.@Nullable TextOperator operator) {

    @Nullable Object resolve(Dialect dialect, List<Object> values) {
        Object value = values.get(this.slot);
        return switch (this.kind) {
            case VALUE -> (this.field != null) ? dialect.toParameter(this.field, value) : value;
            case LIKE -> FilterRenderer.likePattern(java.util.Objects.requireNonNull(this.operator), value.toString());
            case GLOB -> FilterRenderer.globPattern(java.util.Objects.requireNonNull(this.operator), value.toString());
            case JSON -> JsonFilterRenderer.jsonText(value);
        };
    }

    /** How a slot's value becomes a parameter. */
    enum Kind {

        VALUE, LIKE, GLOB, JSON

    }

}
