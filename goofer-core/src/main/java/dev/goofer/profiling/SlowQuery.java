package dev.goofer.profiling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One slow operation, as the slow-query log keeps it.
 *
 * @param timestamp when the operation ended
 * @param model the model, or {@code none} for raw SQL without a result model
 * @param operation the operation name, such as {@code find_many}
 * @param duration how long it took
 * @param shard the shard, {@code default} when unsharded
 * @param dialect the dialect name
 * @param outcome {@code success}, {@code error} or {@code not_found}
 * @param cached {@code hit}, {@code miss} or {@code none}
 * @param statements the number of SQL statements the operation ran
 * @param sql the SQL text of the statements (with {@code ?} placeholders), empty unless
 * SQL is recorded
 * @param parameters the bound values, empty unless they may be logged
 * @param shape the normalized shape the operation counts under
 */
public record SlowQuery(Instant timestamp, String model, String operation, Duration duration, String shard,
        String dialect, String outcome, String cached, int statements, List<String> sql, List<String> parameters,
        String shape) {

    public SlowQuery {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(cached, "cached");
        sql = List.copyOf(sql);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(shape, "shape");
    }

}
