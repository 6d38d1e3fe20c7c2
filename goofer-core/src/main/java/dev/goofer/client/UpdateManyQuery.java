package dev.goofer.client;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;

/**
 * {@code updateMany}: changes every matching record (scalar changes only); ends in
 * {@link #execute()}, which returns the number updated.
 *
 * @param <M> the model record type
 */
public final class UpdateManyQuery<M> implements Batchable<Long> {

    private final QueryContext<M> context;

    private final UpdateInput<M> data;

    private Filter where = Filter.TRUE;

    private QueryOptions options;

    UpdateManyQuery(QueryContext<M> context, UpdateInput<M> data) {
        this.context = context;
        this.data = data;
        this.options = context.options();
    }

    /**
     * Keep only the records that match a condition; several calls combine with AND.
     * @param condition the condition
     * @return this step
     */
    public UpdateManyQuery<M> where(Where<M> condition) {
        this.where = Filter.and(List.of(this.where, condition.filter()));
        return this;
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public UpdateManyQuery<M> on(String shard) {
        this.options = this.options.withShard(shard);
        return this;
    }

    /**
     * Run the write.
     * @return the number of records affected
     */
    public long execute() {
        return this.context.executor().execute(operation(), this.options);
    }

    @Override
    public Operation.UpdateMany operation() {
        return new Operation.UpdateMany(this.context.model(), this.where, this.data.toUpdateData());
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    public Long result(Object result) {
        return (Long) result;
    }

}
