package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code delete}: deletes one record and returns it as it was; ends in
 * {@link #execute()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class DeleteQuery<M, R> extends ShapedQuery<M, R, DeleteQuery<M, R>> implements Batchable<R> {

    private final WhereUnique<M> where;

    DeleteQuery(QueryContext<M> context, WhereUnique<M> where) {
        super(context);
        this.where = where;
    }

    /**
     * Return only the given fields, relations and counts of the record, as a
     * {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final DeleteQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (DeleteQuery<M, Selection<M>>) (DeleteQuery<M, ?>) this;
    }

    /**
     * Return every field of the record except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final DeleteQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (DeleteQuery<M, Selection<M>>) (DeleteQuery<M, ?>) this;
    }

    /**
     * Run the write.
     * @return the record as it was before the delete
     * @throws dev.goofer.execution.RecordNotFoundException if there is no such record
     */
    public R execute() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.Delete operation() {
        return new Operation.Delete(this.context.model(), this.where.toUniqueWhere(),
                this.shape.checked().projection());
    }

    @Override
    public R result(Object result) {
        return Objects.requireNonNull(map((Row) result));
    }

}
