package dev.goofer.client;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Operation;

/**
 * A query step that can run as part of a batch transaction
 * ({@code db.batch(db.user().create(...), db.post().deleteMany())}).
 *
 * @param <R> the result type of the step
 */
public interface Batchable<R> {

    /**
     * Return the operation the step runs.
     * @return the operation
     */
    Operation<?> operation();

    /**
     * Return the options the step runs with.
     * @return the options
     */
    QueryOptions options();

    /**
     * Turn the executor's result of {@link #operation()} into the step's result.
     * @param result the executor's result
     * @return the step's result
     */
    R result(Object result);

}
