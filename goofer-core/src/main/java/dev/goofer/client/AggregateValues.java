package dev.goofer.client;

import java.util.Map;

import dev.goofer.query.Aggregation;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to computed aggregates, shared by {@link AggregateResult} and
 * {@link GroupRow}.
 *
 * @param <M> the model record type
 */
public abstract class AggregateValues<M> {

    private final Map<String, Object> values;

    AggregateValues(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Return {@code _count._all}: the number of records.
     * @return the count
     */
    public long count() {
        return ((Number) require(new Aggregation(Aggregation.Function.COUNT, null).key())).longValue();
    }

    /**
     * Return {@code _count} of a field: the number of non-null values.
     * @param field the field
     * @return the count
     */
    public long count(Field<M, ?> field) {
        return ((Number) require(new Aggregation(Aggregation.Function.COUNT, field.meta()).key())).longValue();
    }

    /**
     * Return {@code _sum} of a numeric field, {@code null} when there were no values.
     * @param <T> the numeric type
     * @param field the field
     * @return the sum
     * @throws ArithmeticException if the sum does not fit the field's type
     */
    public <T extends Number & Comparable<? super T>> @Nullable T sum(NumberField<M, T> field) {
        return field.read(require(new Aggregation(Aggregation.Function.SUM, field.meta()).key()));
    }

    /**
     * Return {@code _avg} of a numeric field, {@code null} when there were no values.
     * @param field the field
     * @return the average
     */
    public @Nullable Double avg(NumberField<M, ?> field) {
        Object value = require(new Aggregation(Aggregation.Function.AVG, field.meta()).key());
        return (value != null) ? ((Number) value).doubleValue() : null;
    }

    /**
     * Return {@code _min} of a field, {@code null} when there were no values.
     * @param <T> the field's Java type
     * @param field the field
     * @return the minimum
     */
    public <T extends Comparable<? super T>> @Nullable T min(ComparableField<M, T> field) {
        return field.read(require(new Aggregation(Aggregation.Function.MIN, field.meta()).key()));
    }

    /**
     * Return {@code _max} of a field, {@code null} when there were no values.
     * @param <T> the field's Java type
     * @param field the field
     * @return the maximum
     */
    public <T extends Comparable<? super T>> @Nullable T max(ComparableField<M, T> field) {
        return field.read(require(new Aggregation(Aggregation.Function.MAX, field.meta()).key()));
    }

    /**
     * Return the raw values by key ({@code _sum.views}, {@code _count._all}, and field
     * names for group keys).
     * @return the values
     */
    public Map<String, Object> asMap() {
        return this.values;
    }

    final @Nullable Object require(String key) {
        if (!this.values.containsKey(key)) {
            throw new IllegalStateException("Aggregate " + key + " was not requested");
        }
        return this.values.get(key);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + this.values;
    }

}
