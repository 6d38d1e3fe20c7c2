package dev.goofer.profiling;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The {@link QueryExecutor} that times each operation of its delegate for a
 * {@link QueryProfiler}. An operation ends {@code not_found} when it throws
 * {@link RecordNotFoundException}, or when it is a {@code ...OrThrow} read that found
 * nothing; {@code error} on any other exception. Transactions pass through untimed; the
 * operations inside them are timed one by one.
 */
public final class ProfilingQueryExecutor implements QueryExecutor {

    private final QueryProfiler profiler;

    private final QueryExecutor delegate;

    private final String dialect;

    ProfilingQueryExecutor(QueryProfiler profiler, QueryExecutor delegate, String dialect) {
        this.profiler = Objects.requireNonNull(profiler, "profiler");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        InFlight flight = this.profiler.begin(operation, options.shard());
        ObservationRegistry registry = this.profiler.observationRegistry();
        if (registry != null) {
            return observed(flight, operation, options, registry);
        }
        String outcome = QueryTags.ERROR;
        try {
            R result = this.delegate.execute(operation, options);
            outcome = notFound(operation, result) ? QueryTags.NOT_FOUND : QueryTags.SUCCESS;
            return result;
        }
        catch (RecordNotFoundException ex) {
            outcome = QueryTags.NOT_FOUND;
            throw ex;
        }
        finally {
            this.profiler.end(flight, this.dialect, outcome, false);
        }
    }

    private <R> R observed(InFlight flight, Operation<R> operation, QueryOptions options,
            ObservationRegistry registry) {
        QueryObservationContext context = new QueryObservationContext(operation, this.dialect, flight.shard);
        Observation observation = Observation
            .createNotStarted(this.profiler.convention(), DefaultQueryObservationConvention.INSTANCE, () -> context,
                    registry)
            .start();
        String outcome = QueryTags.ERROR;
        @Nullable Throwable failure = null;
        Observation.Scope scope = observation.openScope();
        try {
            R result = this.delegate.execute(operation, options);
            outcome = notFound(operation, result) ? QueryTags.NOT_FOUND : QueryTags.SUCCESS;
            return result;
        }
        catch (RecordNotFoundException ex) {
            outcome = QueryTags.NOT_FOUND;
            throw ex;
        }
        catch (RuntimeException | Error ex) {
            failure = ex;
            throw ex;
        }
        finally {
            scope.close();
            this.profiler.end(flight, this.dialect, outcome, true);
            context.setOutcome(outcome);
            context.setShard(flight.shard);
            context.setCached(flight.cached);
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }

    private static boolean notFound(Operation<?> operation, @Nullable Object result) {
        return operation.name().endsWith("_or_throw") && result instanceof List<?> rows && rows.isEmpty();
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        return this.delegate.transaction(options, work);
    }

    /**
     * Return the executor this one decorates.
     * @return the delegate
     */
    public QueryExecutor delegate() {
        return this.delegate;
    }

}
