package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code upsert}: updates a record if it exists, else creates it, and returns it; ends in
 * {@link #execute()}.
 *
 * @param <M> the model record type
 * @param <R> the result type
 */
public final class UpsertQuery<M, R> extends ShapedQuery<M, R, UpsertQuery<M, R>> implements Batchable<R> {

    private final WhereUnique<M> where;

    private final CreateInput<M> create;

    private final UpdateInput<M> update;

    UpsertQuery(QueryContext<M> context, WhereUnique<M> where, CreateInput<M> create, UpdateInput<M> update) {
        super(context);
        this.where = where;
        this.create = create;
        this.update = update;
    }

    /**
     * Return only the given fields, relations and counts of the record, as a
     * {@link Selection}.
     * @param items the fields, relations and counts
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final UpsertQuery<M, Selection<M>> select(Selectable<M>... items) {
        selectShape(items);
        return (UpsertQuery<M, Selection<M>>) (UpsertQuery<M, ?>) this;
    }

    /**
     * Return every field of the record except the given ones, as a {@link Selection}.
     * @param fields the omitted fields
     * @return this step, now returning a selection
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final UpsertQuery<M, Selection<M>> omit(Field<M, ?>... fields) {
        omitShape(fields);
        return (UpsertQuery<M, Selection<M>>) (UpsertQuery<M, ?>) this;
    }

    /**
     * Run the write.
     * @return the record as created or updated
     */
    public R execute() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    @Override
    public Operation.Upsert operation() {
        return new Operation.Upsert(this.context.model(), this.where.toUniqueWhere(), this.create.toCreateData(),
                this.update.toUpdateData(), this.shape.checked().projection());
    }

    @Override
    public R result(Object result) {
        return Objects.requireNonNull(map((Row) result));
    }

}
