package dev.goofer.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code findUniqueOrThrow}: the record with a given id or unique value, or a
 * {@link RecordNotFoundException}; ends in {@link #fetch()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class FindUniqueOrThrowQuery<M, R> extends ShapedQuery<M, R, FindUniqueOrThrowQuery<M, R>>
        implements Batchable<R> {

    private final WhereUnique<M> where;

    FindUniqueOrThrowQuery(QueryContext<M> context, WhereUnique<M> where) {
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
    public final FindUniqueOrThrowQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (FindUniqueOrThrowQuery<M, Selection<M>>) (FindUniqueOrThrowQuery<M, ?>) this;
    }

    /**
     * Return every field except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindUniqueOrThrowQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (FindUniqueOrThrowQuery<M, Selection<M>>) (FindUniqueOrThrowQuery<M, ?>) this;
    }

    /**
     * Allow the result to be served from, and stored in, the query cache.
     * @param ttl how long the result may be cached
     * @return this step
     */
    public FindUniqueOrThrowQuery<M, R> cache(Duration ttl) {
        this.options = this.options.withCache(ttl);
        return this;
    }

    /**
     * Allow the result to be served from, and stored in, the query cache with the
     * configured time to live.
     * @return this step
     */
    public FindUniqueOrThrowQuery<M, R> cache() {
        this.options = this.options.withCache(null);
        return this;
    }

    /**
     * Run the query.
     * @return the record
     * @throws RecordNotFoundException if there is no such record
     */
    public R fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.FindMany operation() {
        return new Operation.FindMany(this.context.model(),
                FindArgs.ALL.withWhere(this.where.toUniqueWhere().toFilter()), this.shape.checked().projection(),
                "find_unique_or_throw");
    }

    @Override
    @SuppressWarnings("unchecked")
    public R result(Object result) {
        List<Row> rows = (List<Row>) result;
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(this.context.model().name(), "find_unique_or_throw",
                    "no record with " + this.where);
        }
        return Objects.requireNonNull(map(rows.get(0)));
    }

}
