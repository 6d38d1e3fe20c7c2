package dev.goofer.execution;

import java.util.function.Supplier;

import dev.goofer.query.Operation;

/**
 * Runs operations. The JDBC executor sits at the bottom; the query cache, the shard
 * router and the profiler decorate it, so each sees every operation with its options.
 */
public interface QueryExecutor {

    /**
     * Run one operation.
     * @param <R> the result type
     * @param operation the operation
     * @param options per-query options (cache, shard)
     * @return the result
     * @throws org.springframework.dao.DataAccessException on database failures, with
     * {@link RecordNotFoundException} for missing records
     */
    <R> R execute(Operation<R> operation, QueryOptions options);

    /**
     * Run work in one transaction, joining the surrounding Spring-managed transaction
     * when there is one.
     * @param <T> the result type
     * @param options the isolation level, timeout and read-only flag
     * @param work the work; operations it runs through this executor take part
     * @return the result of the work
     */
    <T> T transaction(TransactionOptions options, Supplier<T> work);

}
