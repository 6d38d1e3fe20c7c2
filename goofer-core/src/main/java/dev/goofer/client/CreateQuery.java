package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code create}: creates one record with its nested writes, in one transaction, and
 * returns it; ends in {@link #execute()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class CreateQuery<M, R> extends ShapedQuery<M, R, CreateQuery<M, R>> implements Batchable<R> {

    private final CreateInput<M> data;

    CreateQuery(QueryContext<M> context, CreateInput<M> data) {
        super(context);
        this.data = data;
    }

    /**
     * Return only the given fields, relations and counts of the record, as a
     * {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final CreateQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (CreateQuery<M, Selection<M>>) (CreateQuery<M, ?>) this;
    }

    /**
     * Return every field of the record except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final CreateQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (CreateQuery<M, Selection<M>>) (CreateQuery<M, ?>) this;
    }

    /**
     * Run the write.
     * @return the record as created, defaults filled in
     */
    public R execute() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.Create operation() {
        return new Operation.Create(this.context.model(), this.data.toCreateData(), this.shape.checked().projection());
    }

    @Override
    public R result(Object result) {
        return Objects.requireNonNull(map((Row) result));
    }

}
