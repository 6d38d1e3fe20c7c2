package dev.goofer.client;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.CreateData;
import dev.goofer.query.Operation;

/**
 * {@code createMany}: creates records in batches, without nested writes; ends in
 * {@link #execute()}, which returns the number created.
 *
 * @param <M> the model record type
 */
public final class CreateManyQuery<M> implements Batchable<Long> {

    private final QueryContext<M> context;

    private final List<CreateData> data;

    private boolean skipDuplicates;

    private QueryOptions options;

    CreateManyQuery(QueryContext<M> context, List<CreateData> data) {
        this.context = context;
        this.data = data;
        this.options = context.options();
    }

    /**
     * Skip records that violate a unique constraint instead of failing.
     * @return this step
     */
    public CreateManyQuery<M> skipDuplicates() {
        this.skipDuplicates = true;
        return this;
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public CreateManyQuery<M> on(String shard) {
        this.options = this.options.withShard(shard);
        return this;
    }

    /**
     * Run the write.
     * @return the number of records created
     */
    public long execute() {
        return this.context.executor().execute(operation(), this.options);
    }

    @Override
    public Operation.CreateMany operation() {
        return new Operation.CreateMany(this.context.model(), this.data, this.skipDuplicates);
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
