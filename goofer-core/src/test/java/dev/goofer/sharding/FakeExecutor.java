package dev.goofer.sharding;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;
import dev.goofer.sql.PostgresDialect;

/**
 * A hand-written fake shard executor: records the operations it runs and answers them
 * with a function.
 */
final class FakeExecutor implements QueryExecutor {

    final String shard;

    final List<Operation<?>> operations = new CopyOnWriteArrayList<>();

    final List<QueryOptions> options = new CopyOnWriteArrayList<>();

    final List<String> contextShards = new CopyOnWriteArrayList<>();

    volatile Function<Operation<?>, Object> answer = (operation) -> {
        throw new IllegalStateException("No answer for " + operation.name());
    };

    FakeExecutor(String shard) {
        this.shard = shard;
    }

    Shard asShard() {
        return new Shard(this.shard, this, new NoDataSource(this.shard), PostgresDialect.INSTANCE, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        this.operations.add(operation);
        this.options.add(options);
        String current = ShardContext.currentShard();
        this.contextShards.add((current != null) ? current : "?");
        return (R) this.answer.apply(operation);
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        return work.get();
    }

    @SuppressWarnings("unchecked")
    <O extends Operation<?>> O only(Class<O> type) {
        if (this.operations.size() != 1) {
            throw new AssertionError("Shard " + this.shard + " ran " + this.operations);
        }
        return (O) this.operations.get(0);
    }

    /**
     * A data source that cannot connect; routing never needs one outside transactions.
     */
    static final class NoDataSource implements DataSource {

        private final String name;

        volatile java.util.concurrent.@org.jspecify.annotations.Nullable CountDownLatch hang;

        NoDataSource(String name) {
            this.name = name;
        }

        @Override
        public Connection getConnection() throws SQLException {
            java.util.concurrent.CountDownLatch latch = this.hang;
            if (latch != null) {
                try {
                    latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new SQLException("No database behind fake shard " + this.name, "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }

        @Override
        public String toString() {
            return "NoDataSource[" + this.name + "]";
        }

    }

}
