package dev.goofer.client;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;

/**
 * {@code deleteMany}: deletes every matching record; ends in {@link #execute()}, which
 * returns the number deleted.
 *
 * @param <M> the model record type
 */
public final class DeleteManyQuery<M> implements Batchable<Long> {

    private final QueryContext<M> context;

    private Filter where = Filter.TRUE;

    private QueryOptions options;

    DeleteManyQuery(QueryContext<M> context) {
        this.context = context;

        this.options = context.options();
    }

    /**
     * Keep only the records that match a condition; several calls combine with AND.
     * @param condition the condition
     * @return this step
     */
    public DeleteManyQuery<M> where(Where<M> condition) {
        this.where = Filter.and(List.of(this.where, condition.filter()));
        return this;
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public DeleteManyQuery<M> on(String shard) {
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
    public Operation.DeleteMany operation() {
        return new Operation.DeleteMany(this.context.model(), this.where);
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
