package dev.goofer.execution;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One SQL statement run by the JDBC executor.
 *
 * @param model the model of the statement (the nested model for nested writes), or
 * {@code null} for raw SQL
 * @param operation the client operation the statement belongs to, such as
 * {@code find_many}
 * @param sql the SQL text with {@code ?} placeholders
 * @param parameterCount the number of bound parameters (of the first row, for batches)
 * @param batchSize the number of rows of a JDBC batch, 1 for single statements
 * @param duration how long the statement took, fetching its rows included
 * @param failure the exception the statement failed with, or {@code null} on success
 */
public record StatementEvent(@Nullable String model, String operation, String sql, int parameterCount, int batchSize,
        Duration duration, @Nullable Throwable failure) {

    public StatementEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * Whether the statement succeeded.
     * @return whether there was no failure
     */
    public boolean succeeded() {
        return this.failure == null;
    }

}
