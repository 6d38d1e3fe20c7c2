package dev.goofer.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One group of a {@code groupBy()}: the grouping field values and the group's aggregates.
 *
 * @param <M> the model record type
 */
public final class GroupRow<M> extends AggregateValues<M> {

    /**
     * Create a group from field names and aggregate keys to values.
     * @param values the values
     */
    public GroupRow(Map<String, Object> values) {
        super(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * Return the value of a grouping field.
     * @param <T> the field's Java type
     * @param field a field the query grouped by
     * @return the value
     */
    public <T> @Nullable T get(Field<M, T> field) {
        return field.read(require(field.meta().name()));
    }

}
