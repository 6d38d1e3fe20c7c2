package dev.goofer.sharding;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.goofer.execution.TransactionOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The router's transactions: each binds lazily, on the first operation, to the shard that
 * operation needs, by starting a Spring transaction on that shard's data source (which
 * the shard's executor joins); an operation needing another shard fails with
 * {@link CrossShardTransactionException} and dooms the transaction. One scope per thread;
 * nested {@code transaction(...)} calls join the outer one.
 */
final class ShardTransactions {

    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    private final Map<DataSource, PlatformTransactionManager> managers = new IdentityHashMap<>();

    ShardTransactions(List<Shard> shards) {
        for (Shard shard : shards) {
            this.managers.put(shard.dataSource(), new DataSourceTransactionManager(shard.dataSource()));
            for (Shard.Replica replica : shard.replicas()) {
                this.managers.put(replica.dataSource(), new DataSourceTransactionManager(replica.dataSource()));
            }
        }
    }

    @Nullable Scope current() {
        return this.current.get();
    }

    PlatformTransactionManager manager(DataSource dataSource) {
        PlatformTransactionManager manager = this.managers.get(dataSource);
        if (manager == null) {
            throw new IllegalStateException("No transaction manager for data source " + dataSource);
        }
        return manager;
    }

    <T> T run(TransactionOptions options, Function<String, Node> nodes, Supplier<T> work) {
        if (this.current.get() != null) {
            return work.get();
        }
        Scope scope = new Scope(options, nodes);
        this.current.set(scope);
        T result;
        try {
            result = work.get();
        }
        catch (RuntimeException | Error ex) {
            scope.rollback(ex);
            throw ex;
        }
        finally {
            this.current.remove();
        }
        scope.commit();
        return result;
    }

    static TransactionDefinition definition(TransactionOptions options) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setIsolationLevel(isolation(options.isolation()));
        if (options.timeout() != null) {
            long millis = options.timeout().toMillis();
            definition.setTimeout((int) Math.max(1, (millis + 999) / 1000));
        }
        definition.setReadOnly(options.readOnly());
        return definition;
    }

    private static int isolation(TransactionOptions.Isolation isolation) {
        return switch (isolation) {
            case DEFAULT -> TransactionDefinition.ISOLATION_DEFAULT;
            case READ_UNCOMMITTED -> TransactionDefinition.ISOLATION_READ_UNCOMMITTED;
            case READ_COMMITTED -> TransactionDefinition.ISOLATION_READ_COMMITTED;
            case REPEATABLE_READ -> TransactionDefinition.ISOLATION_REPEATABLE_READ;
            case SERIALIZABLE -> TransactionDefinition.ISOLATION_SERIALIZABLE;
        };
    }

    /**
     * One router transaction on one thread.
     */
    final class Scope {

        private final TransactionOptions options;

        private final Function<String, Node> nodes;

        private @Nullable Node node;

        private @Nullable PlatformTransactionManager manager;

        private @Nullable TransactionStatus status;

        private @Nullable CrossShardTransactionException failure;

        Scope(TransactionOptions options, Function<String, Node> nodes) {
            this.options = options;
            this.nodes = nodes;
        }

        @Nullable String boundShard() {
            return (this.node != null) ? this.node.shard() : null;
        }

        @Nullable Node node() {
            return this.node;
        }

        /**
         * Return the node to run on for an operation on {@code shard}, binding the
         * transaction to it if it is not bound yet.
         * @throws CrossShardTransactionException if it is bound to another shard
         */
        Node touch(String shard, String operation) {
            if (this.node == null) {
                Node chosen = this.nodes.apply(shard);
                PlatformTransactionManager chosenManager = manager(chosen.dataSource());
                try {
                    this.status = chosenManager.getTransaction(definition(this.options));
                }
                catch (RuntimeException ex) {
                    throw Failures.wrap(shard, operation, ex);
                }
                this.node = chosen;
                this.manager = chosenManager;
                return chosen;
            }
            if (!this.node.shard().equals(shard)) {
                throw fail(List.of(shard), operation);
            }
            return this.node;
        }

        CrossShardTransactionException fail(List<String> shards, String operation) {
            CrossShardTransactionException ex = new CrossShardTransactionException(boundShard(), shards, operation);
            if (this.failure == null) {
                this.failure = ex;
            }
            if (this.status != null) {
                this.status.setRollbackOnly();
            }
            return ex;
        }

        void commit() {
            if (this.status == null || this.manager == null) {
                if (this.failure != null) {
                    throw this.failure;
                }
                return;
            }
            if (this.failure != null) {
                this.manager.rollback(this.status);
                throw this.failure;
            }
            this.manager.commit(this.status);
        }

        void rollback(Throwable cause) {
            if (this.status == null || this.manager == null || this.status.isCompleted()) {
                return;
            }
            try {
                this.manager.rollback(this.status);
            }
            catch (RuntimeException ex) {
                cause.addSuppressed(ex);
            }
        }

    }

}
