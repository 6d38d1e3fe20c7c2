package dev.goofer.client;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code findFirstOrThrow}: the first record that matches, or a
 * {@link RecordNotFoundException}; ends in {@link #fetch()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class FindFirstOrThrowQuery<M, R> extends ReadQuery<M, R, FindFirstOrThrowQuery<M, R>>
        implements Batchable<R> {

    FindFirstOrThrowQuery(QueryContext<M> context) {
        super(context);
    }

    /**
     * Return only the given fields, relations and counts, as a {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindFirstOrThrowQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (FindFirstOrThrowQuery<M, Selection<M>>) (FindFirstOrThrowQuery<M, ?>) this;
    }

    /**
     * Return every field except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final FindFirstOrThrowQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (FindFirstOrThrowQuery<M, Selection<M>>) (FindFirstOrThrowQuery<M, ?>) this;
    }

    /**
     * Run the query.
     * @return the first matching record
     * @throws RecordNotFoundException if no record matches
     */
    public R fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.FindMany operation() {
        return new Operation.FindMany(this.context.model(), this.args.withTake(1), this.shape.checked().projection(),
                "find_first_or_throw");
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R result(Object result) {
        List<R> records = map((List<Row>) result);
        if (records.isEmpty()) {
            throw new RecordNotFoundException(this.context.model().name(), "find_first_or_throw",
                    "no record matched " + this.args.where());
        }
        return records.get(0);
    }

}
