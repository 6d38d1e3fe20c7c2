package dev.goofer.query;

import java.util.List;
import java.util.Objects;

/**
 * A selector of at most one record: values for every field of the primary key or of one
 * unique constraint, optionally narrowed by a further filter (as Prisma allows).
 *
 * @param values the key field values, in key order
 * @param filter an additional condition, {@link Filter#TRUE} when none
 */
public record UniqueWhere(List<FieldValue> values, Filter filter) {

    public UniqueWhere {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A unique selector needs at least one field");
        }
        for (FieldValue value : values) {
            if (value.value() == null) {
                throw new IllegalArgumentException(
                        "Unique selector value for \"" + value.field().name() + "\" must not be null");
            }
        }
        Objects.requireNonNull(filter, "filter");
    }

    /**
     * Return the selector as a plain filter.
     * @return the equivalent filter
     */
    public Filter toFilter() {
        List<Filter> filters = new java.util.ArrayList<>(this.values.size() + 1);
        for (FieldValue value : this.values) {
            filters.add(new Filter.Compare(value.field(), Filter.CompareOperator.EQUALS,
                    Objects.requireNonNull(value.value()), false));
        }
        filters.add(this.filter);
        return Filter.and(filters);
    }

}
