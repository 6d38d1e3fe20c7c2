package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;

/**
 * A handle on an ordered field: adds {@code lt}, {@code lte}, {@code gt}, {@code gte},
 * {@code _min} and {@code _max}.
 *
 * @param <M> the model record type
 * @param <T> the Java type of the field's values
 */
public class ComparableField<M, T extends Comparable<? super T>> extends ScalarField<M, T> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public ComparableField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

    /**
     * Create a handle sharing another's field.
     * @param other the handle to copy
     */
    protected ComparableField(ComparableField<M, T> other) {
        super(other);
    }

    /**
     * Return the condition "the field is less than the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> lt(T value) {
        return compare(Filter.CompareOperator.LT, value);
    }

    /**
     * Return the condition "the field is less than or equal to the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> lte(T value) {
        return compare(Filter.CompareOperator.LTE, value);
    }

    /**
     * Return the condition "the field is greater than the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> gt(T value) {
        return compare(Filter.CompareOperator.GT, value);
    }

    /**
     * Return the condition "the field is greater than or equal to the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> gte(T value) {
        return compare(Filter.CompareOperator.GTE, value);
    }

    /**
     * Return the aggregate {@code _min} of this field.
     * @return the aggregate
     */
    public AggregateExpr<M, T> min() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.MIN, meta()));
    }

    /**
     * Return the aggregate {@code _max} of this field.
     * @return the aggregate
     */
    public AggregateExpr<M, T> max() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.MAX, meta()));
    }

}
