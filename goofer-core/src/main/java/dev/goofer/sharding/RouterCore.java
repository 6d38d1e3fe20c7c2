package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the parts of the router share: configuration, placements, shard keys, the nodes of
 * each shard, transactions, the fan-out executor and the listeners; and running one
 * operation on one shard.
 */
final class RouterCore implements AutoCloseable {

    private final ShardingConfiguration configuration;

    private final Placements placements;

    private final ShardKeys keys;

    private final ShardTransactions transactions;

    private final FanOut fanOut;

    private final ValueOrder order;

    private final Map<String, Shard> shards = new LinkedHashMap<>();

    private final Map<String, AtomicInteger> replicaTurns = new LinkedHashMap<>();

    private final QueryExecutor router;

    RouterCore(ShardingConfiguration configuration, QueryExecutor router) {
        this.configuration = configuration;
        this.placements = new Placements(configuration);
        this.keys = new ShardKeys(configuration.shardNames(), configuration.schema());
        this.transactions = new ShardTransactions(configuration.shards());
        this.fanOut = new FanOut(configuration);
        this.order = new ValueOrder(configuration.schema(), configuration.shards().get(0).dialect(),
                configuration.stringOrder());
        for (Shard shard : configuration.shards()) {
            this.shards.put(shard.name(), shard);
            this.replicaTurns.put(shard.name(), new AtomicInteger());
        }
        this.router = router;
    }

    ShardingConfiguration configuration() {
        return this.configuration;
    }

    Placements placements() {
        return this.placements;
    }

    Placements.Placement placement(ModelMeta model) {
        return this.placements.of(model);
    }

    ShardKeys keys() {
        return this.keys;
    }

    ShardTransactions transactions() {
        return this.transactions;
    }

    ValueOrder order() {
        return this.order;
    }

    FanOut fanOut() {
        return this.fanOut;
    }

    /** The router itself, for the reads the merges issue (cursor rows, relations). */
    QueryExecutor router() {
        return this.router;
    }

    List<String> shardNames() {
        return this.configuration.shardNames();
    }

    String defaultShard() {
        return this.configuration.defaultShard();
    }

    Shard shard(String name) {
        Shard shard = this.shards.get(name);
        if (shard == null) {
            throw new ShardRoutingException(
                    "Unknown shard \"" + name + "\"; the configured shards are " + this.shards.keySet());
        }
        return shard;
    }

    Node primary(String name) {
        Shard shard = shard(name);
        return new Node(name, -1, shard.executor(), shard.dataSource());
    }

    /**
     * Return the node for a read outside router transactions: a replica in turn, unless
     * the shard has none or the calling thread has a transaction on its primary.
     */
    Node reader(String name) {
        Shard shard = shard(name);
        if (shard.replicas().isEmpty() || TransactionSynchronizationManager.hasResource(shard.dataSource())) {
            return primary(name);
        }
        int index = Math.floorMod(this.replicaTurns.get(name).getAndIncrement(), shard.replicas().size());
        Shard.Replica replica = shard.replicas().get(index);
        return new Node(name, index, replica.executor(), replica.dataSource());
    }

    /** Whether the calling thread has a transaction on the shard's primary. */
    boolean boundToCaller(String name) {
        return TransactionSynchronizationManager.hasResource(shard(name).dataSource());
    }

    @Nullable ShardTransactions.Scope scope() {
        return this.transactions.current();
    }

    /** Tell the listeners about a decision and run work within its shard context. */
    <T> T within(RoutingDecision decision, Supplier<T> work) {
        for (ShardRoutingListener listener : this.configuration.listeners()) {
            try {
                listener.routed(decision);
            }
            catch (RuntimeException ex) {
                // listeners must not break queries
            }
        }
        return ShardContext.within(decision, work);
    }

    /**
     * Run an operation on one shard: on the node the surrounding router transaction is
     * bound to (binding it if needed), else on the primary for writes and a reader node
     * for reads.
     */
    <R> R run(String shard, Operation<R> operation, QueryOptions options) {
        ShardTransactions.Scope scope = scope();
        Node node;
        if (scope != null && !(scope.boundShard() == null && broadcastRead())) {
            node = scope.touch(shard, describe(operation));
        }
        else {
            node = operation.readOnly() ? reader(shard) : primary(shard);
        }
        return runOn(node, operation, options);
    }

    /**
     * Whether the current operation reads a broadcast model (which binds no transaction).
     */
    private static boolean broadcastRead() {
        RoutingDecision current = ShardContext.current();
        return current != null && current.reason() == RoutingDecision.Reason.BROADCAST_READ;
    }

    <R> R runOn(Node node, Operation<R> operation, QueryOptions options) {
        try {
            return node.executor().execute(operation, options.withShard(node.shard()));
        }
        catch (RuntimeException ex) {
            throw Failures.wrap(node.shard(), describe(operation), ex);
        }
    }

    /**
     * Run one read per shard in parallel and return the results in shard order; each
     * shard's thread sees a single-shard decision in its {@link ShardContext}. A single
     * shard runs on the calling thread, inside the surrounding router transaction.
     */
    <R> List<R> fanOut(List<String> shards, RoutingDecision decision, Function<String, Operation<R>> operations,
            QueryOptions options) {
        if (shards.size() == 1) {
            return List.of(run(shards.get(0), operations.apply(shards.get(0)), options));
        }
        List<Operation<R>> perShard = new ArrayList<>(shards.size());
        shards.forEach((shard) -> perShard.add(operations.apply(shard)));
        return this.fanOut.run(shards, describe(perShard.get(0)), this::boundToCaller, (shard) -> {
            RoutingDecision single = new RoutingDecision(decision.model(), decision.operation(), List.of(shard),
                    decision.reason());
            return ShardContext.within(single,
                    () -> runOn(reader(shard), perShard.get(shards.indexOf(shard)), options));
        });
    }

    /** Fail when merging more rows than configured. */
    void checkMergeRows(String operation, long rows) {
        if (rows > this.configuration.maxMergeRows()) {
            throw new ShardMergeLimitException(operation, rows, this.configuration.maxMergeRows());
        }
    }

    static String describe(Operation<?> operation) {
        ModelMeta model = operation.model();
        return ((model != null) ? model.name() + "." : "") + operation.name();
    }

    @Override
    public void close() {
        this.fanOut.close();
    }

}
