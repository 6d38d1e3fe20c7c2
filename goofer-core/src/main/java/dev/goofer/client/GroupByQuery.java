package dev.goofer.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * {@code groupBy}: groups the matching records by field values, with aggregates per
 * group, {@code having}, ordering and paging; ends in {@link #fetch()}.
 *
 * @param <M> the model record type
 */
public final class GroupByQuery<M> implements Batchable<List<GroupRow<M>>> {

    private final QueryContext<M> context;

    private final List<ScalarFieldMeta> by;

    private final AggregateArgs aggregates = new AggregateArgs();

    private Filter where = Filter.TRUE;

    private Filter having = Filter.TRUE;

    private final List<OrderBy> orderBy = new ArrayList<>();

    private @Nullable Integer take;

    private @Nullable Integer skip;

    private QueryOptions options;

    GroupByQuery(QueryContext<M> context, List<ScalarFieldMeta> by) {
        this.context = context;
        this.by = List.copyOf(by);
        this.options = context.options();
    }

    /**
     * Keep only the records that match a condition before grouping.
     * @param condition the condition
     * @return this step
     */
    public GroupByQuery<M> where(Where<M> condition) {
        this.where = Filter.and(List.of(this.where, condition.filter()));
        return this;
    }

    /**
     * Keep only the groups that match a condition on aggregates (such as
     * {@code PostFields.VIEWS.avg().gt(10.0)}) or on grouping fields.
     * @param condition the condition
     * @return this step
     */
    public GroupByQuery<M> having(Where<M> condition) {
        this.having = Filter.and(List.of(this.having, condition.filter()));
        return this;
    }

    /**
     * Order the groups by grouping fields or aggregates.
     * @param orders the ordering keys
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> orderBy(Order<M>... orders) {
        for (Order<M> order : orders) {
            this.orderBy.add(order.orderBy());
        }
        return this;
    }

    /**
     * Take at most this many groups.
     * @param take the number of groups
     * @return this step
     */
    public GroupByQuery<M> take(int take) {
        this.take = take;
        return this;
    }

    /**
     * Skip groups.
     * @param skip the number of groups to skip
     * @return this step
     */
    public GroupByQuery<M> skip(int skip) {
        this.skip = skip;
        return this;
    }

    /**
     * Compute {@code _count._all} per group.
     * @return this step
     */
    public GroupByQuery<M> count() {
        this.aggregates.add(new Aggregation(Aggregation.Function.COUNT, null));
        return this;
    }

    /**
     * Compute {@code _count} of the given fields per group.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> count(Field<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.COUNT, fields);
        return this;
    }

    /**
     * Compute {@code _sum} of the given fields per group.
     * @param fields the numeric fields
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> sum(NumberField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.SUM, fields);
        return this;
    }

    /**
     * Compute {@code _avg} of the given fields per group.
     * @param fields the numeric fields
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> avg(NumberField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.AVG, fields);
        return this;
    }

    /**
     * Compute {@code _min} of the given fields per group.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> min(ComparableField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.MIN, fields);
        return this;
    }

    /**
     * Compute {@code _max} of the given fields per group.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final GroupByQuery<M> max(ComparableField<M, ?>... fields) {
        this.aggregates.add(Aggregation.Function.MAX, fields);
        return this;
    }

    /**
     * Allow the result to be served from, and stored in, the query cache.
     * @param ttl how long the result may be cached, or {@code null} for the default
     * @return this step
     */
    public GroupByQuery<M> cache(@Nullable Duration ttl) {
        this.options = this.options.withCache(ttl);
        return this;
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public GroupByQuery<M> on(String shard) {
        this.options = this.options.withShard(shard);
        return this;
    }

    /**
     * Run the grouping.
     * @return the groups
     */
    public List<GroupRow<M>> fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.GroupBy operation() {
        return new Operation.GroupBy(this.context.model(), this.by, this.where, this.having, this.orderBy, this.take,
                this.skip, this.aggregates.list());
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<GroupRow<M>> result(Object result) {
        List<GroupRow<M>> rows = new ArrayList<>();
        for (Map<String, Object> values : (List<Map<String, Object>>) result) {
            rows.add(new GroupRow<>(values));
        }
        return rows;
    }

}
