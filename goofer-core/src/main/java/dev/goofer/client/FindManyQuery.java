package dev.goofer.client;

import java.util.List;

import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code findMany}: the records that match, with paging, ordering and relations; ends in
 * {@link #fetch()}.
 *
 * @param <M> the model record type
 * @param <R> the result element type
 */
public final class FindManyQuery<M, R> extends ReadQuery<M, R, FindManyQuery<M, R>> implements Batchable<List<R>> {

    FindManyQuery(QueryContext<M> context) {
        super(context);
    }

    /**
     * Take at most this many records; a negative number takes the last ones.
     * @param take the number of records
     * @return this step
     */
    public FindManyQuery<M, R> take(int take) {
        this.args = this.args.withTake(take);
        return this;
    }

    /**
     * Return only the given fields, relations and counts, as {@link Selection}s.
     * @param items the fields, relations and counts
     * @return this step, now returning selections
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindManyQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (FindManyQuery<M, Selection<M>>) (FindManyQuery<M, ?>) this;
    }

    /**
     * Return every field except the given ones, as {@link Selection}s.
     * @param fields the omitted fields
     * @return this step, now returning selections
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindManyQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (FindManyQuery<M, Selection<M>>) (FindManyQuery<M, ?>) this;
    }

    /**
     * Run the query.
     * @return the matching records, possibly empty
     */
    public List<R> fetch() {
        return map(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.FindMany operation() {
        return new Operation.FindMany(this.context.model(), this.args, this.shape.checked().projection(), "find_many");
    }

    @Override
    public dev.goofer.execution.QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<R> result(Object result) {
        return map((List<Row>) result);
    }

}
