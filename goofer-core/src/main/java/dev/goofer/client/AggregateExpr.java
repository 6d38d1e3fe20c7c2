package dev.goofer.client;

import java.util.Objects;

import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;

/**
 * An aggregate of a field ({@code UserFields.VIEWS.avg()}), for {@code groupBy}'s
 * {@code having} and {@code orderBy}.
 *
 * @param <M> the model record type
 * @param <V> the type of the aggregate's value
 */
public final class AggregateExpr<M, V> {

    private final Aggregation aggregation;

    AggregateExpr(Aggregation aggregation) {
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    }

    /**
     * Return {@code _count._all}: the number of records in each group.
     * @param <M> the model record type
     * @return the aggregate
     */
    public static <M> AggregateExpr<M, Long> countAll() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.COUNT, null));
    }

    /**
     * Return the aggregate of the query AST.
     * @return the aggregation
     */
    public Aggregation aggregation() {
        return this.aggregation;
    }

    /**
     * Return the having condition "the aggregate equals the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> eq(V value) {
        return compare(Filter.CompareOperator.EQUALS, value);
    }

    /**
     * Return the having condition "the aggregate does not equal the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> not(V value) {
        return compare(Filter.CompareOperator.NOT_EQUALS, value);
    }

    /**
     * Return the having condition "the aggregate is less than the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> lt(V value) {
        return compare(Filter.CompareOperator.LT, value);
    }

    /**
     * Return the having condition "the aggregate is at most the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> lte(V value) {
        return compare(Filter.CompareOperator.LTE, value);
    }

    /**
     * Return the having condition "the aggregate is greater than the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> gt(V value) {
        return compare(Filter.CompareOperator.GT, value);
    }

    /**
     * Return the having condition "the aggregate is at least the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> gte(V value) {
        return compare(Filter.CompareOperator.GTE, value);
    }

    /**
     * Order groups by this aggregate, ascending.
     * @return the ordering key
     */
    public Order<M> asc() {
        return Order.of(new OrderBy.Aggregate(this.aggregation, SortOrder.ASC));
    }

    /**
     * Order groups by this aggregate, descending.
     * @return the ordering key
     */
    public Order<M> desc() {
        return Order.of(new OrderBy.Aggregate(this.aggregation, SortOrder.DESC));
    }

    private Where<M> compare(Filter.CompareOperator operator, V value) {
        return Where.of(new Filter.AggregateCompare(this.aggregation, operator, value));
    }

}
