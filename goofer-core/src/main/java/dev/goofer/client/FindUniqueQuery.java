package dev.goofer.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code findUnique}: the record with a given id or unique value; ends in
 * {@link #fetch()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class FindUniqueQuery<M, R> extends ShapedQuery<M, R, FindUniqueQuery<M, R>>
        implements Batchable<Optional<R>> {

    private final WhereUnique<M> where;

    FindUniqueQuery(QueryContext<M> context, WhereUnique<M> where) {
        super(context);
        this.where = where;
    }

    /**
     * Return only the given fields, relations and counts, as a {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindUniqueQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (FindUniqueQuery<M, Selection<M>>) (FindUniqueQuery<M, ?>) this;
    }

    /**
     * Return every field except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindUniqueQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (FindUniqueQuery<M, Selection<M>>) (FindUniqueQuery<M, ?>) this;
    }

    /**
     * Allow the result to be served from, and stored in, the query cache with the
     * configured time to live.
     * @return this step
     */
    public FindUniqueQuery<M, R> cache() {
        this.options = this.options.withCache(null);
        return this;
    }

    /**
     * Allow the result to be served from, and stored in, the query cache.
     * @param ttl how long the result may be cached
     * @return this step
     */
    public FindUniqueQuery<M, R> cache(Duration ttl) {
        this.options = this.options.withCache(ttl);
        return this;
    }

    /**
     * Run the query.
     * @return the record, or empty
     */
    public Optional<R> fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.FindMany operation() {
        return new Operation.FindMany(this.context.model(),
                FindArgs.ALL.withWhere(this.where.toUniqueWhere().toFilter()), this.shape.checked().projection(),
                "find_unique");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<R> result(Object result) {
        List<Row> rows = (List<Row>) result;
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(map(rows.get(0)));
    }

    WhereUnique<M> where() {
        return this.where;
    }

}
