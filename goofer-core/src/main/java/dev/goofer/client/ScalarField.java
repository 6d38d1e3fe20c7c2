package dev.goofer.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;

/**
 * A handle on a single-valued scalar field: equality, membership, ordering and counting.
 *
 * @param <M> the model record type
 * @param <T> the Java type of the field's values
 */
public abstract non-sealed class ScalarField<M, T> extends Field<M, T> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    protected ScalarField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

    /**
     * Create a handle sharing another's field.
     * @param other the handle to copy
     */
    protected ScalarField(ScalarField<M, ?> other) {
        super(other);
    }

    /**
     * Return the condition "the field is one of the values".
     * @param values the values; none matches nothing
     * @return the condition
     */
    public Where<M> in(Collection<? extends T> values) {
        return Where.of(new Filter.In(meta(), copy(values), false, caseInsensitive()));
    }

    /**
     * Return the condition "the field is one of the values".
     * @param values the values; none matches nothing
     * @return the condition
     */
    @SafeVarargs
    public final Where<M> in(T... values) {
        return in(Arrays.asList(values));
    }

    /**
     * Return the condition "the field is none of the values".
     * @param values the values; none matches everything
     * @return the condition
     */
    public Where<M> notIn(Collection<? extends T> values) {
        return Where.of(new Filter.In(meta(), copy(values), true, caseInsensitive()));
    }

    /**
     * Return the condition "the field is none of the values".
     * @param values the values; none matches everything
     * @return the condition
     */
    @SafeVarargs
    public final Where<M> notIn(T... values) {
        return notIn(Arrays.asList(values));
    }

    /**
     * Order ascending.
     * @return the ordering key
     */
    public Order<M> asc() {
        return Order.of(new OrderBy.Field(meta(), SortOrder.ASC, null));
    }

    /**
     * Order descending.
     * @return the ordering key
     */
    public Order<M> desc() {
        return Order.of(new OrderBy.Field(meta(), SortOrder.DESC, null));
    }

    /**
     * Order ascending, with nulls first or last.
     * @param nulls where nulls go
     * @return the ordering key
     */
    public Order<M> asc(OrderBy.Nulls nulls) {
        return Order.of(new OrderBy.Field(meta(), SortOrder.ASC, nulls));
    }

    /**
     * Order descending, with nulls first or last.
     * @param nulls where nulls go
     * @return the ordering key
     */
    public Order<M> desc(OrderBy.Nulls nulls) {
        return Order.of(new OrderBy.Field(meta(), SortOrder.DESC, nulls));
    }

    /**
     * Return the aggregate {@code _count} of this field's non-null values.
     * @return the aggregate
     */
    public AggregateExpr<M, Long> count() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.COUNT, meta()));
    }

    private static List<Object> copy(Collection<?> values) {
        List<Object> copy = new ArrayList<>(values.size());
        for (Object value : values) {
            copy.add(Objects.requireNonNull(value, "in/notIn values must not be null"));
        }
        return copy;
    }

}
