package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * A write on several shards (broadcast writes, {@code createMany} and keyed
 * {@code updateMany}/{@code deleteMany} spanning shards) as one best-effort group: a
 * local transaction is opened on every shard, the writes run, and the transactions commit
 * in reverse order only if every write succeeded, so a failing write rolls every shard
 * back. Only a failure during the commits themselves can leave some shards committed; the
 * exception then names them. Inside a router transaction a group may only touch the
 * transaction's shard.
 */
final class WriteGroup {

    private static final TransactionDefinition DEFINITION = ShardTransactions.definition(TransactionOptions.DEFAULT);

    private final RouterCore core;

    WriteGroup(RouterCore core) {
        this.core = core;
    }

    <R> List<R> run(List<String> shards, Function<String, Operation<R>> operations, QueryOptions options,
            String operation) {
        ShardTransactions.Scope scope = this.core.scope();
        if (scope != null) {
            if (shards.size() > 1) {
                throw scope.fail(shards, operation);
            }
            return List.of(this.core.run(shards.get(0), operations.apply(shards.get(0)), options));
        }
        if (shards.size() == 1) {
            return List.of(this.core.run(shards.get(0), operations.apply(shards.get(0)), options));
        }
        List<Started> started = new ArrayList<>(shards.size());
        List<R> results = new ArrayList<>(shards.size());
        try {
            for (String shard : shards) {
                Node node = this.core.primary(shard);
                PlatformTransactionManager manager = this.core.transactions().manager(node.dataSource());
                TransactionStatus status;
                try {
                    status = manager.getTransaction(DEFINITION);
                }
                catch (RuntimeException ex) {
                    throw Failures.wrap(shard, operation, ex);
                }
                started.add(new Started(shard, manager, status));
            }
            for (String shard : shards) {
                results.add(this.core.runOn(this.core.primary(shard), operations.apply(shard), options));
            }
        }
        catch (RuntimeException | Error ex) {
            rollback(started, started.size() - 1, ex);
            throw ex;
        }
        commit(started, operation);
        return results;
    }

    private static void commit(List<Started> started, String operation) {
        List<String> committed = new ArrayList<>();
        for (int i = started.size() - 1; i >= 0; i--) {
            Started each = started.get(i);
            try {
                each.manager().commit(each.status());
                committed.add(each.shard());
            }
            catch (RuntimeException ex) {
                rollback(started, i - 1, ex);
                String what = operation + " (already committed on shards " + committed + ", rolled back on the rest)";
                RuntimeException wrapped = Failures.wrap(each.shard(), what, ex);
                if (wrapped == ex) {
                    ex.addSuppressed(new IllegalStateException("Partial commit: " + what));
                }
                throw wrapped;
            }
        }
    }

    private static void rollback(List<Started> started, int from, Throwable cause) {
        for (int i = from; i >= 0; i--) {
            Started each = started.get(i);
            if (each.status().isCompleted()) {
                continue;
            }
            try {
                each.manager().rollback(each.status());
            }
            catch (RuntimeException ex) {
                cause.addSuppressed(ex);
            }
        }
    }

    /**
     * A transaction opened on one shard of the group.
     *
     * @param shard the shard
     * @param manager its transaction manager
     * @param status the transaction
     */
    private record Started(String shard, PlatformTransactionManager manager, TransactionStatus status) {

    }

}
