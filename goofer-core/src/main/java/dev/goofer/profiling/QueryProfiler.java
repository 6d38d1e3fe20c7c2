package dev.goofer.profiling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.goofer.cache.QueryCacheListener;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.StatementListener;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Times every Goofer operation with Micrometer and keeps the slow ones.
 *
 * <p>
 * Wiring, outermost first: {@link #decorate(QueryExecutor, String) the profiling
 * executor}, then the query cache (given {@link #cacheListener()}, so cache hits are
 * timed as the fast operations they are and tagged {@code cached=hit}), then the shard
 * router, then the JDBC executor (given {@link #statementListener()}, so the SQL of each
 * operation is captured on its thread). Every operation is timed: as the observation
 * {@code goofer.query} when an {@link ObservationRegistry} with handlers is given (its
 * meter handler then makes the timer), else as the timer {@code goofer.query} of the
 * {@link MeterRegistry}; tags {@code model}, {@code operation}, {@code outcome},
 * {@code shard}, {@code dialect} and {@code cached}. An operation at least as slow as the
 * threshold increments the counter {@code goofer.query.slow} (same tags), is logged once
 * at WARN, and is kept in the {@link #slowQueryLog() slow-query log}. Thread-safe.
 */
public final class QueryProfiler {

    private static final Log logger = LogFactory.getLog(QueryProfiler.class);

    private final ProfilingSettings settings;

    private final @Nullable MeterRegistry meterRegistry;

    private final @Nullable ObservationRegistry observationRegistry;

    private final @Nullable QueryObservationConvention convention;

    private final @Nullable Supplier<@Nullable String> shardHint;

    private final Clock clock;

    private final SlowQueryLog slowQueries;

    private final ThreadLocal<InFlight> current = new ThreadLocal<>();

    private final ConcurrentMap<TagValues, Timer> timers = new ConcurrentHashMap<>();

    private final ConcurrentMap<TagValues, Counter> slowCounters = new ConcurrentHashMap<>();

    private QueryProfiler(Builder builder) {
        this.settings = (builder.settings != null) ? builder.settings : ProfilingSettings.DEFAULT;
        this.meterRegistry = builder.meterRegistry;
        this.observationRegistry = (builder.observationRegistry != null && !builder.observationRegistry.isNoop())
                ? builder.observationRegistry : null;
        this.convention = builder.convention;
        this.shardHint = builder.shardHint;
        this.clock = (builder.clock != null) ? builder.clock
                : (this.meterRegistry != null) ? this.meterRegistry.config().clock() : Clock.SYSTEM;
        this.slowQueries = new SlowQueryLog(this.settings.capacity(), this.settings.maxShapes());
    }

    /**
     * Start building a profiler.
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the executor that profiles every operation of a delegate.
     * @param delegate the executor to profile, usually the query cache
     * @param dialect the dialect name for the {@code dialect} tag, such as
     * {@code postgresql}
     * @return the profiling executor
     */
    public ProfilingQueryExecutor decorate(QueryExecutor delegate, String dialect) {
        return new ProfilingQueryExecutor(this, delegate, dialect);
    }

    /**
     * Return the statement listener to give the JDBC executor, which captures the SQL of
     * each operation on its thread.
     * @return the listener
     */
    public StatementListener statementListener() {
        return (event) -> {
            InFlight flight = this.current.get();
            if (flight != null) {
                flight.statement(event.sql(), this.settings.recordSql());
            }
        };
    }

    /**
     * Return the listener to give the query cache, which sets the {@code cached} tag.
     * @return the listener
     */
    public QueryCacheListener cacheListener() {
        return (operation, outcome) -> {
            InFlight flight = this.current.get();
            if (flight != null) {
                flight.cached = outcome.tagValue();
            }
        };
    }

    /**
     * Set the {@code shard} tag of the operation running on this thread: for a shard
     * router below the profiler, once it picked the shard. Does nothing outside an
     * operation.
     * @param shard the shard name (a bounded set: never a per-record value)
     */
    public void recordShard(String shard) {
        InFlight flight = this.current.get();
        if (flight != null) {
            flight.shard = Objects.requireNonNull(shard, "shard");
        }
    }

    /**
     * Return the slow-query log, for the actuator endpoint.
     * @return the log
     */
    public SlowQueryLog slowQueryLog() {
        return this.slowQueries;
    }

    /**
     * Return the settings.
     * @return the settings
     */
    public ProfilingSettings settings() {
        return this.settings;
    }

    @Nullable ObservationRegistry observationRegistry() {
        return this.observationRegistry;
    }

    @Nullable QueryObservationConvention convention() {
        return this.convention;
    }

    InFlight begin(dev.goofer.query.Operation<?> operation, @Nullable String shard) {
        String resolved = shard;
        if (resolved == null && this.shardHint != null) {
            resolved = this.shardHint.get();
        }
        InFlight flight = new InFlight(operation, this.current.get(), this.clock.monotonicTime(),
                (resolved != null) ? resolved : QueryTags.DEFAULT_SHARD);
        this.current.set(flight);
        return flight;
    }

    /** End the operation; returns how long it took, in nanoseconds. */
    long end(InFlight flight, String dialect, String outcome, boolean timed) {
        long nanos = this.clock.monotonicTime() - flight.start;
        if (flight.parent != null) {
            this.current.set(flight.parent);
        }
        else {
            this.current.remove();
        }
        TagValues tags = new TagValues(QueryTags.model(flight.operation), flight.operation.name(), outcome,
                flight.shard, dialect, flight.cached);
        if (!timed && this.meterRegistry != null) {
            this.timers
                .computeIfAbsent(tags,
                        (key) -> Timer.builder(QueryTags.METRIC)
                            .description("Goofer operations, cache hits included")
                            .tags(key.tags())
                            .register(this.meterRegistry))
                .record(nanos, TimeUnit.NANOSECONDS);
        }
        if (nanos >= this.settings.slowQueryThreshold().toNanos()) {
            slow(flight, tags, nanos);
        }
        return nanos;
    }

    private void slow(InFlight flight, TagValues tags, long nanos) {
        if (this.meterRegistry != null) {
            this.slowCounters
                .computeIfAbsent(tags,
                        (key) -> Counter.builder(QueryTags.SLOW_METRIC)
                            .description("Goofer operations slower than the slow-query threshold")
                            .tags(key.tags())
                            .register(this.meterRegistry))
                .increment();
        }
        List<String> sql = this.settings.recordSql() ? List.copyOf(flight.sql) : List.of();
        List<String> parameters = this.settings.logParameters() ? OperationParameters.of(flight.operation) : List.of();
        SlowQuery query = new SlowQuery(Instant.ofEpochMilli(this.clock.wallTime()), tags.model(), tags.operation(),
                Duration.ofNanos(nanos), tags.shard(), tags.dialect(), tags.outcome(), tags.cached(), flight.statements,
                sql, parameters, SqlShapes.shape(tags.model(), tags.operation(), sql));
        this.slowQueries.add(query);
        if (logger.isWarnEnabled()) {
            logger.warn(message(query, this.settings.slowQueryThreshold()));
        }
    }

    static String message(SlowQuery query, Duration threshold) {
        StringBuilder message = new StringBuilder("Slow query: ").append(query.operation())
            .append(" on ")
            .append(query.model())
            .append(" took ")
            .append(query.duration().toMillis())
            .append(" ms (threshold ")
            .append(threshold.toMillis())
            .append(" ms; shard ")
            .append(query.shard())
            .append(", dialect ")
            .append(query.dialect())
            .append(", outcome ")
            .append(query.outcome())
            .append(", cached ")
            .append(query.cached())
            .append(", ")
            .append(query.statements())
            .append((query.statements() == 1) ? " statement)" : " statements)");
        query.sql().forEach((sql) -> message.append(System.lineSeparator()).append("  SQL: ").append(sql));
        if (!query.parameters().isEmpty()) {
            message.append(System.lineSeparator()).append("  Parameters: ").append(query.parameters());
        }
        return message.toString();
    }

    /** The tag values of one timer or counter. */
    private record TagValues(String model, String operation, String outcome, String shard, String dialect,
            String cached) {

        Tags tags() {
            return Tags.of(QueryTags.MODEL, this.model, QueryTags.OPERATION, this.operation, QueryTags.OUTCOME,
                    this.outcome, QueryTags.SHARD, this.shard, QueryTags.DIALECT, this.dialect, QueryTags.CACHED,
                    this.cached);
        }

    }

    /**
     * Builds a {@link QueryProfiler}; each property may be set once.
     */
    public static final class Builder {

        private @Nullable ProfilingSettings settings;

        private @Nullable MeterRegistry meterRegistry;

        private @Nullable ObservationRegistry observationRegistry;

        private @Nullable QueryObservationConvention convention;

        private @Nullable Supplier<@Nullable String> shardHint;

        private @Nullable Clock clock;

        private Builder() {
        }

        /**
         * Use the given settings instead of {@link ProfilingSettings#DEFAULT}.
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(ProfilingSettings settings) {
            requireState(this.settings == null, "settings was already set to %s", this.settings);
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Record the timer {@code goofer.query} (unless an observation registry makes it)
         * and the counter {@code goofer.query.slow} in the given registry.
         * @param meterRegistry the registry
         * @return this builder
         */
        public Builder meterRegistry(MeterRegistry meterRegistry) {
            requireState(this.meterRegistry == null, "meterRegistry was already set to %s", this.meterRegistry);
            this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
            return this;
        }

        /**
         * Make each operation an observation {@code goofer.query} of the given registry.
         * @param observationRegistry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry observationRegistry) {
            requireState(this.observationRegistry == null, "observationRegistry was already set to %s",
                    this.observationRegistry);
            this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
            return this;
        }

        /**
         * Use a custom observation convention instead of
         * {@link DefaultQueryObservationConvention}.
         * @param convention the convention
         * @return this builder
         */
        public Builder observationConvention(QueryObservationConvention convention) {
            requireState(this.convention == null, "observationConvention was already set to %s", this.convention);
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Take the {@code shard} tag of operations without a shard option from the given
         * supplier, such as the thread's shard hint; {@code default} when it returns
         * {@code null}.
         * @param shardHint the supplier
         * @return this builder
         */
        public Builder shardHint(Supplier<@Nullable String> shardHint) {
            requireState(this.shardHint == null, "shardHint was already set to %s", this.shardHint);
            this.shardHint = Objects.requireNonNull(shardHint, "shardHint");
            return this;
        }

        /**
         * Measure durations with the given clock (the meter registry's, else the system
         * clock, unless set), as tests do.
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            requireState(this.clock == null, "clock was already set to %s", this.clock);
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Build the profiler.
         * @return the profiler
         */
        public QueryProfiler build() {
            return new QueryProfiler(this);
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
