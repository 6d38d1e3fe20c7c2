package dev.goofer.client;

import java.util.Map;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Operation;

/**
 * {@code aggregate}: {@code _count}, {@code _sum}, {@code _avg}, {@code _min} and
 * {@code _max} over the matching records; ends in {@link #fetch()}.
 *
 * @param <M> the model record type
 */
public final class AggregateQuery<M> extends ReadQuery<M, AggregateResult<M>, AggregateQuery<M>>
        implements Batchable<AggregateResult<M>> {

    private final AggregateArgs aggregates = new AggregateArgs();

    AggregateQuery(QueryContext<M> context) {
        super(context);
    }

    /**
     * Aggregate over at most this many records (a window, with {@code skip},
     * {@code cursor} and {@code orderBy}).
     * @param take the number of records
     * @return this step
     */
    public AggregateQuery<M> take(int take) {
        this.args = this.args.withTake(take);
        return this;
    }

    /**
     * Compute {@code _count._all}.
     * @return this step
     */
    public AggregateQuery<M> count() {
        this.aggregates.add(new Aggregation(Aggregation.Function.COUNT, null));
        return this;
    }

    /**
     * Compute {@code _count} of the given fields.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final AggregateQuery<M> count(Field<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.COUNT, fields);
        return this;
    }

    /**
     * Compute {@code _sum} of the given fields.
     * @param fields the numeric fields
     * @return this step
     */
    @SafeVarargs
    public final AggregateQuery<M> sum(NumberField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.SUM, fields);
        return this;
    }

    /**
     * Compute {@code _avg} of the given fields.
     * @param fields the numeric fields
     * @return this step
     */
    @SafeVarargs
    public final AggregateQuery<M> avg(NumberField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.AVG, fields);
        return this;
    }

    /**
     * Compute {@code _min} of the given fields.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final AggregateQuery<M> min(ComparableField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.MIN, fields);
        return this;
    }

    /**
     * Compute {@code _max} of the given fields.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final AggregateQuery<M> max(ComparableField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.MAX, fields);
        return this;
    }

    /**
     * Run the aggregation.
     * @return the aggregates
     */
    public AggregateResult<M> fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.Aggregate operation() {
        return new Operation.Aggregate(this.context.model(), this.args, this.aggregates.list());
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public AggregateResult<M> result(Object result) {
        return new AggregateResult<>((Map<String, Object>) result);
    }

}
