package dev.goofer.client;

import java.util.List;
import java.util.Optional;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code findFirst}: the first record that matches, in the query's order; ends in
 * {@link #fetch()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class FindFirstQuery<M, R> extends ReadQuery<M, R, FindFirstQuery<M, R>>
        implements Batchable<Optional<R>> {

    FindFirstQuery(QueryContext<M> context) {
        super(context);
    }

    /**
     * Return only the given fields, relations and counts, as a {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindFirstQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (FindFirstQuery<M, Selection<M>>) (FindFirstQuery<M, ?>) this;
    }

    /**
     * Return every field except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindFirstQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (FindFirstQuery<M, Selection<M>>) (FindFirstQuery<M, ?>) this;
    }

    /**
     * Run the query.
     * @return the first matching record, or empty
     */
    public Optional<R> fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.FindMany operation() {
        return new Operation.FindMany(this.context.model(), this.args.withTake(1), this.shape.checked().projection(),
                "find_first");
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<R> result(Object result) {
        List<R> records = map((List<Row>) result);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
    }

}
