package dev.goofer.benchmarks.runtime;

import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * An executor that runs its first operation on a real executor and answers every later
 * one with that first result, whatever it asks: a database that costs nothing, so that
 * what the router or the cache add to a read shows alone. Only for reads of one shape.
 */
final class ReplayingExecutor implements QueryExecutor {

    private final QueryExecutor recorded;

    private @Nullable Object result;

    ReplayingExecutor(QueryExecutor recorded) {
        this.recorded = recorded;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        Object replayed = this.result;
        if (replayed == null) {
            replayed = this.recorded.execute(operation, options);
            this.result = replayed;
        }
        return (R) replayed;
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        throw new UnsupportedOperationException("The replaying executor runs no transactions");
    }

}
