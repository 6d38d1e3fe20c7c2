package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code update}: changes one record with its nested writes, in one transaction, and
 * returns it; ends in {@link #execute()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class UpdateQuery<M, R> extends ShapedQuery<M, R, UpdateQuery<M, R>> implements Batchable<R> {

    private final WhereUnique<M> where;

    private final UpdateInput<M> data;

    UpdateQuery(QueryContext<M> context, WhereUnique<M> where, UpdateInput<M> data) {
        super(context);
        this.where = where;
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
    public final UpdateQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (UpdateQuery<M, Selection<M>>) (UpdateQuery<M, ?>) this;
    }

    /**
     * Return every field of the record except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final UpdateQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (UpdateQuery<M, Selection<M>>) (UpdateQuery<M, ?>) this;
    }

    /**
     * Run the write.
     * @return the record as updated
     * @throws dev.goofer.execution.RecordNotFoundException if there is no such record
     */
    public R execute() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.Update operation() {
        return new Operation.Update(this.context.model(), this.where.toUniqueWhere(), this.data.toUpdateData(),
                this.shape.checked().projection());
    }

    @Override
    public R result(Object result) {
        return Objects.requireNonNull(map((Row) result));
    }

}
