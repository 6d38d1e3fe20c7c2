package dev.goofer.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Row;

/**
 * The arguments shared by {@code findMany}, {@code findFirst} and their variants. Query
 * steps are builders: configure them, call the terminal method once, and do not share
 * them between threads.
 *
 * @param <M> the model record type
 * @param <R> the result element type: {@code M}, or {@link Selection} after
 * {@code select}/{@code omit}
 * @param <S> the concrete step type
 */
public abstract class ReadQuery<M, R, S extends ReadQuery<M, R, S>> {

    final QueryContext<M> context;

    FindArgs args = FindArgs.ALL;

    Shape shape;

    QueryOptions options;

    Function<Row, ?> mapper;

    ReadQuery(QueryContext<M> context) {
        this.context = context;
        this.shape = Shape.records(context.model());
        this.options = context.options();
        this.mapper = context.factory()::create;
    }

    /**
     * Keep only the records that match a condition; several calls combine with AND.
     * @param condition the condition
     * @return this step
     */
    public S where(Where<M> condition) {
        this.args = this.args.withWhere(Filter.and(List.of(this.args.where(), condition.filter())));
        return self();
    }

    /**
     * Order the records; keys apply in the order given, after earlier calls' keys.
     * @param orders the ordering keys
     * @return this step
     */
    @SafeVarargs
    public final S orderBy(Order<M>... orders) {
        List<OrderBy> orderBy = new ArrayList<>(this.args.orderBy());
        for (Order<M> order : orders) {
            orderBy.add(order.orderBy());
        }
        this.args = this.args.withOrderBy(orderBy);
        return self();
    }

    /**
     * Skip records.
     * @param skip the number of records to skip
     * @return this step
     */
    public S skip(int skip) {
        this.args = this.args.withSkip(skip);
        return self();
    }

    /**
     * Start at a record (inclusive), in the query's order.
     * @param cursor the first record
     * @return this step
     */
    public S cursor(WhereUnique<M> cursor) {
        this.args = this.args.withCursor(cursor.toUniqueWhere());
        return self();
    }

    /**
     * Keep only the first record of each combination of the given fields' values.
     * @param fields the fields
     * @return this step
     */
    @SafeVarargs
    public final S distinct(Field<M, ?>... fields) {
        List<ScalarFieldMeta> distinct = new ArrayList<>();
        for (Field<M, ?> field : fields) {
            distinct.add(field.meta());
        }
        this.args = this.args.withDistinct(distinct);
        return self();
    }

    /**
     * Load relations, or relation counts, with the records.
     * @param fetches the relations and counts
     * @return this step
     */
    @SafeVarargs
    public final S include(Fetch<M>... fetches) {
        this.shape = this.shape.include(fetches);
        return self();
    }

    /**
     * Allow the result to be served from, and stored in, the query cache with the
     * configured time to live.
     * @return this step
     */
    public S cache() {
        this.options = this.options.withCache(null);
        return self();
    }

    /**
     * Allow the result to be served from, and stored in, the query cache.
     * @param ttl how long the result may be cached
     * @return this step
     */
    public S cache(Duration ttl) {
        this.options = this.options.withCache(ttl);
        return self();
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public S on(String shard) {
        this.options = this.options.withShard(shard);
        return self();
    }

    final void selectShape(Selectable<?>[] items) {
        this.shape = this.shape.select(items);
        this.mapper = Selection::new;
    }

    final void omitShape(Field<?, ?>[] fields) {
        this.shape = this.shape.omit(fields);
        this.mapper = Selection::new;
    }

    @SuppressWarnings("unchecked")
    final List<R> map(List<Row> rows) {
        List<R> results = new ArrayList<>(rows.size());
        for (Row row : rows) {
            results.add((R) this.mapper.apply(row));
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }

}
