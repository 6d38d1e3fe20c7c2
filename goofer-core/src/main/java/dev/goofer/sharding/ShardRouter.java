package dev.goofer.sharding;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Operation;

/**
 * The {@link QueryExecutor} of a sharded application: routes every operation to the
 * shards that hold its records, by the shard key in its condition or data, and merges
 * reads that span shards. Give it to the generated client in place of a single executor:
 * {@code new GooferClient(new ShardRouter(configuration))}. Thread-safe; {@link #close()}
 * shuts down its fan-out threads.
 *
 * <p>
 * Routing:
 * <ul>
 * <li>an explicit shard ({@code db.on("s1")}, {@code .on("s1")} on a step) wins, for
 * admin work; an unknown name fails;</li>
 * <li>reads of sharded models go to the shards named by the key in {@code where}
 * (equality, {@code in} split per shard, through {@code AND}/{@code OR}), else fan out to
 * every shard in parallel and merge;</li>
 * <li>creates need the key in their data; updates, upserts and deletes in their unique
 * selector; shard keys never change; {@code updateMany}/{@code deleteMany} need the key
 * unless {@link ShardingConfiguration.Builder#writeFanOut(boolean)} is on;</li>
 * <li>models without a shard key live on the default shard; broadcast models are written
 * on every shard and read from one;</li>
 * <li>raw SQL runs on the default shard (or the transaction's, or the explicit one).</li>
 * </ul>
 * {@link #transaction} binds to the first shard it touches; touching another fails with
 * {@link CrossShardTransactionException} and rolls the transaction back.
 */
public final class ShardRouter implements QueryExecutor, AutoCloseable {

    private final RouterCore core;

    private final ReadRouter reads;

    private final WriteRouter writes;

    private final ShardHealth health;

    /**
     * Create a router.
     * @param configuration the configuration
     */
    public ShardRouter(ShardingConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        this.core = new RouterCore(configuration, this);
        RelationChecks checks = new RelationChecks(this.core.placements());
        this.reads = new ReadRouter(this.core, checks);
        this.writes = new WriteRouter(this.core, checks);
        this.health = new ShardHealth(configuration.shards(), this.core.fanOut().executor());
    }

    /**
     * Return the configuration.
     * @return the configuration
     */
    public ShardingConfiguration configuration() {
        return this.core.configuration();
    }

    /**
     * Return the shards, in configuration order (for pool metrics per shard).
     * @return the shards
     */
    public List<Shard> shards() {
        return this.core.configuration().shards();
    }

    /**
     * Return the health checks of the shards.
     * @return the health checks
     */
    public ShardHealth health() {
        return this.health;
    }

    /**
     * Describe the shards, strategies and model placements, for the actuator endpoint.
     * @return the description
     */
    public ShardingDescription describe() {
        return ShardingDescription.of(this.core.configuration());
    }

    @Override
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(options, "options");
        if (options.shard() != null) {
            return explicit(operation, options, options.shard());
        }
        ModelMeta model = operation.model();
        if (model == null || operation instanceof Operation.RawQuery || operation instanceof Operation.RawExecute) {
            return raw(operation, options);
        }
        return operation.readOnly() ? this.reads.read(operation, options) : this.writes.write(operation, options);
    }

    private <R> R explicit(Operation<R> operation, QueryOptions options, String shard) {
        this.core.shard(shard);
        ModelMeta model = operation.model();
        RoutingDecision decision = new RoutingDecision((model != null) ? model.name() : null, operation.name(),
                List.of(shard), RoutingDecision.Reason.OVERRIDE);
        return this.core.within(decision, () -> this.core.run(shard, operation, options));
    }

    private <R> R raw(Operation<R> operation, QueryOptions options) {
        ShardTransactions.Scope scope = this.core.scope();
        String bound = (scope != null) ? scope.boundShard() : null;
        String shard = (bound != null) ? bound : this.core.defaultShard();
        ModelMeta model = operation.model();
        RoutingDecision decision = new RoutingDecision((model != null) ? model.name() : null, operation.name(),
                List.of(shard), RoutingDecision.Reason.RAW);
        if (scope == null && operation.readOnly()) {
            return this.core.within(decision, () -> this.core.runOn(this.core.primary(shard), operation, options));
        }
        return this.core.within(decision, () -> this.core.run(shard, operation, options));
    }

    /**
     * Run work in one transaction on one shard. The transaction binds to the shard of the
     * first operation that needs one (starting a local transaction on it, joining a
     * surrounding Spring-managed one on the same data source); an operation needing
     * another shard, or several, throws {@link CrossShardTransactionException} and the
     * whole transaction rolls back. Reads of broadcast models use the bound shard, or the
     * default shard without binding. Writes of broadcast models, which go to every shard,
     * are only possible inside a transaction when there is a single shard. A read-only
     * transaction binds to a replica when the shard has one.
     */
    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        return this.core.transactions()
            .run(options, (shard) -> options.readOnly() ? this.core.reader(shard) : this.core.primary(shard), work);
    }

    /**
     * Shut down the fan-out threads the router owns (not an executor supplied in the
     * configuration).
     */
    @Override
    public void close() {
        this.core.close();
    }

    @Override
    public String toString() {
        return "ShardRouter" + this.core.shardNames();
    }

}
