package dev.goofer.profiling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.StatementEvent;
import dev.goofer.execution.StatementListener;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;
import io.micrometer.core.instrument.MockClock;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written fake delegate that "runs" its SQL by telling the statement listener,
 * lets the mock clock move by a set duration, and answers or fails as told.
 */
final class TimedDatabase implements QueryExecutor {

    final MockClock clock = new MockClock();

    @Nullable StatementListener listener;

    Duration took = Duration.ofMillis(10);

    List<String> sql = List.of("SELECT \"id\" FROM \"User\" WHERE \"id\" = ?");

    @Nullable Object result;

    @Nullable RuntimeException failure;

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        for (String text : this.sql) {
            if (this.listener != null) {
                this.listener
                    .statementExecuted(new StatementEvent((operation.model() != null) ? operation.model().name() : null,
                            operation.name(), text, 1, 1, Duration.ZERO, null));
            }
        }
        this.clock.add(this.took);
        if (this.failure != null) {
            throw this.failure;
        }
        if (this.result != null) {
            return (R) this.result;
        }
        return (R) ((operation instanceof Operation.Count) ? Map.of("_all", 0L) : List.of());
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        return work.get();
    }

}
