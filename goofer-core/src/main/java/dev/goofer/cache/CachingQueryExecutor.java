package dev.goofer.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A {@link QueryExecutor} that serves reads from a Caffeine cache and never serves a
 * result older than the last committed write, through Goofer, to a model the read depends
 * on.
 *
 * <p>
 * A read is cached when its options ask for it ({@code .cache()}) or its model is
 * configured as always cached, unless it runs inside a transaction. The key is the
 * operation (shape and values) plus the shard option. Every cached result remembers the
 * models it depends on (its model, and those reached through includes, {@code _count},
 * relation filters, relation orderings, or declared by raw SQL) and the model clock taken
 * before the database was read; a write, once committed, moves the clock of every model
 * it may change (nested writes and referential actions included), which makes each result
 * that depends on one of them stale. Stale results are dropped when looked up. Raw
 * queries that declare no models depend on every model, and raw statements that declare
 * none make everything stale. Reads whose values could change after they were stored
 * (arrays, {@code java.util.Date}, other mutable objects) are not cached.
 *
 * <p>
 * Inside a transaction (a Spring-managed one, found through
 * {@code TransactionSynchronizationManager}, or one started by
 * {@link #transaction(TransactionOptions, Supplier)}) reads neither use nor fill the
 * cache, and writes make results stale right after the commit, before other after-commit
 * callbacks run; a rollback leaves the cache as it was. This relies on Spring's
 * transaction synchronization, which is on by default.
 *
 * <p>
 * Writes made outside Goofer (other applications, other instances of this one, SQL run
 * through plain JDBC) are not seen: only the time to live bounds how long their effect
 * may be missed. Thread-safe.
 */
public final class CachingQueryExecutor implements QueryExecutor {

    private final QueryExecutor delegate;

    private final QueryCacheSettings settings;

    private final SchemaIndex schema;

    private final ReadFootprints reads;

    private final WriteFootprints writes;

    private final ModelVersions versions;

    private final TransactionInvalidations transactions;

    private final Cache<CacheKey, CacheEntry> cache;

    private final ConcurrentMap<CacheKey, CacheEntry> entries;

    private final StatsCounter stats;

    private final Ticker ticker;

    private final @Nullable QueryCacheListener listener;

    private final @Nullable Supplier<?> keyHint;

    private final LongAdder invalidations = new LongAdder();

    private final LongAdder staleDiscards = new LongAdder();

    private CachingQueryExecutor(Builder builder) {
        this.delegate = builder.delegate;
        this.settings = (builder.settings != null) ? builder.settings : QueryCacheSettings.DEFAULT;
        this.schema = new SchemaIndex(builder.schema);
        requireKnownModels(this.settings, builder.schema);
        this.reads = new ReadFootprints(this.schema);
        this.writes = new WriteFootprints(this.schema);
        this.versions = new ModelVersions(this.schema.size());
        this.transactions = new TransactionInvalidations(this::changed);
        this.ticker = (builder.ticker != null) ? builder.ticker : Ticker.systemTicker();
        this.listener = builder.listener;
        this.keyHint = builder.keyHint;
        this.stats = (builder.meterRegistry != null) ? MicrometerCacheMetrics.statsCounter(builder.meterRegistry)
                : new ConcurrentStatsCounter();
        // Maintenance after a store is a few map operations; handing it to the common
        // pool
        // instead costs a thread wake-up per miss, which on a small machine is a large
        // share of a fast query (the runtime benchmarks measured about 13 us on 2 cores).
        Executor maintenance = (builder.executor != null) ? builder.executor : Runnable::run;
        this.cache = Caffeine.newBuilder()
            .maximumSize(this.settings.maximumSize())
            .ticker(this.ticker)
            .recordStats(() -> this.stats)
            .executor(maintenance)
            .expireAfter(new EntryExpiry())
            .build();
        this.entries = this.cache.asMap();
        if (builder.meterRegistry != null) {
            MicrometerCacheMetrics.registerSize(this.stats, this.cache);
        }
    }

    /**
     * Start building a caching executor.
     * @param delegate the executor that reads and writes the database
     * @param schema the schema of the generated client
     * @return the builder
     */
    public static Builder builder(QueryExecutor delegate, SchemaMeta schema) {
        return new Builder(delegate, schema);
    }

    @Override
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        Objects.requireNonNull(operation, "operation");
        if (!operation.readOnly()) {
            return write(operation, options);
        }
        if (!cacheable(operation, options) || this.transactions.inTransaction()) {
            return this.delegate.execute(operation, options);
        }
        CacheKey key = new CacheKey(operation, options.shard(), (this.keyHint != null) ? this.keyHint.get() : null);
        CacheEntry entry = this.entries.get(key);
        if (entry != null) {
            if (this.versions.unchangedSince(entry.models(), entry.stamp())) {
                this.stats.recordHits(1);
                lookedUp(operation, CacheOutcome.HIT);
                @SuppressWarnings("unchecked")
                R value = (R) entry.value();
                return value;
            }
            if (this.entries.remove(key, entry)) {
                this.staleDiscards.increment();
            }
        }
        this.stats.recordMisses(1);
        lookedUp(operation, CacheOutcome.MISS);
        return read(key, operation, options);
    }

    private boolean cacheable(Operation<?> operation, QueryOptions options) {
        if (options.cache()) {
            return true;
        }
        ModelMeta model = operation.model();
        return model != null && !(operation instanceof Operation.RawQuery) && this.settings.cachesAlways(model.name());
    }

    private <R> R read(CacheKey key, Operation<R> operation, QueryOptions options) {
        int[] models = this.reads.of(operation);
        if (models == null) {
            return this.delegate.execute(operation, options);
        }
        long stamp = this.versions.stamp();
        long start = this.ticker.read();
        R result;
        try {
            result = ResultCopies.unmodifiable(this.delegate.execute(operation, options));
        }
        catch (RuntimeException | Error ex) {
            this.stats.recordLoadFailure(this.ticker.read() - start);
            throw ex;
        }
        this.stats.recordLoadSuccess(this.ticker.read() - start);
        if (this.versions.unchangedSince(models, stamp)) {
            ModelMeta model = operation.model();
            Duration ttl = this.settings.ttl((model != null) ? model.name() : null, options.cacheTtl());
            this.entries.put(key, new CacheEntry(result, models, stamp, EntryExpiry.nanos(ttl)));
        }
        return result;
    }

    private <R> R write(Operation<R> operation, QueryOptions options) {
        Footprint footprint = this.writes.of(operation);
        if (this.transactions.defer(footprint)) {
            return this.delegate.execute(operation, options);
        }
        try {
            return this.delegate.execute(operation, options);
        }
        finally {
            changed(footprint);
        }
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        return this.transactions.inScope(() -> this.delegate.transaction(options, work));
    }

    /**
     * Make every cached result that depends on the given models stale, and those that
     * depend on models their referential actions may change; for writes made outside
     * Goofer. Inside a transaction, this happens when it commits.
     * @param models the model names (or table names); none, or an unknown one,
     * invalidates everything
     */
    public void invalidate(String... models) {
        Footprint footprint = this.writes.named(Arrays.asList(models));
        if (!this.transactions.defer(footprint)) {
            changed(footprint);
        }
    }

    /**
     * Drop every cached result, at once.
     */
    public void invalidateAll() {
        changed(Footprint.EVERYTHING);
        this.cache.invalidateAll();
    }

    /**
     * Drop the results that writes made stale and run Caffeine's pending maintenance, so
     * that the size reflects only valid results. Costs time linear in the cache size.
     */
    public void cleanUp() {
        this.entries.forEach((key, entry) -> {
            if (!this.versions.unchangedSince(entry.models(), entry.stamp()) && this.entries.remove(key, entry)) {
                this.staleDiscards.increment();
            }
        });
        this.cache.cleanUp();
    }

    /**
     * Return a snapshot of the statistics.
     * @return the statistics
     */
    public QueryCacheStats stats() {
        CacheStats snapshot = this.stats.snapshot();
        return new QueryCacheStats(snapshot.hitCount(), snapshot.missCount(), snapshot.evictionCount(),
                this.cache.estimatedSize(), this.invalidations.sum(), this.staleDiscards.sum());
    }

    /**
     * Return the settings.
     * @return the settings
     */
    public QueryCacheSettings settings() {
        return this.settings;
    }

    /**
     * Return the executor this one decorates.
     * @return the delegate
     */
    public QueryExecutor delegate() {
        return this.delegate;
    }

    private void changed(Footprint footprint) {
        this.versions.changed(footprint);
        this.invalidations.increment();
    }

    private void lookedUp(Operation<?> operation, CacheOutcome outcome) {
        if (this.listener != null) {
            this.listener.cacheLookedUp(operation, outcome);
        }
    }

    private static void requireKnownModels(QueryCacheSettings settings, SchemaMeta schema) {
        Set<String> named = new TreeSet<>(settings.cachedModels());
        named.addAll(settings.modelTtls().keySet());
        for (String model : named) {
            if (schema.findModel(model) == null) {
                throw new IllegalArgumentException(
                        "Query cache settings name model \"" + model + "\", which the schema does not have; models are "
                                + schema.models().stream().map(ModelMeta::name).toList());
            }
        }
    }

    /**
     * Builds a {@link CachingQueryExecutor}; each property may be set once.
     */
    public static final class Builder {

        private final QueryExecutor delegate;

        private final SchemaMeta schema;

        private @Nullable QueryCacheSettings settings;

        private @Nullable Ticker ticker;

        private @Nullable Executor executor;

        private @Nullable Object meterRegistry;

        private @Nullable QueryCacheListener listener;

        private @Nullable Supplier<?> keyHint;

        private Builder(QueryExecutor delegate, SchemaMeta schema) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        /**
         * Use the given settings instead of {@link QueryCacheSettings#DEFAULT}.
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(QueryCacheSettings settings) {
            requireState(this.settings == null, "settings was already set to %s", this.settings);
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Use the given time source for expiry, as tests do.
         * @param ticker the ticker
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            requireState(this.ticker == null, "ticker was already set to %s", this.ticker);
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * Run Caffeine's maintenance (evictions) on the given executor; on the thread
         * that stored or removed a result unless set, which is cheaper than waking
         * another thread for each miss.
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            requireState(this.executor == null, "executor was already set to %s", this.executor);
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Publish the cache statistics to a Micrometer registry through Micrometer's
         * {@code CaffeineStatsCounter}, as cache {@code goofer.query}.
         * @param meterRegistry the {@code io.micrometer.core.instrument.MeterRegistry}
         * @return this builder
         */
        public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry meterRegistry) {
            requireState(this.meterRegistry == null, "meterRegistry was already set to %s", this.meterRegistry);
            this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
            return this;
        }

        /**
         * Tell a listener (the profiler) how each cacheable read was served.
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(QueryCacheListener listener) {
            requireState(this.listener == null, "listener was already set to %s", this.listener);
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Add a value read on the calling thread to every key, such as the shard hint a
         * shard router keeps per thread, so that reads made under different hints never
         * share a result. The value must be immutable with value equality.
         * @param keyHint the supplier of the value, which may return {@code null}
         * @return this builder
         */
        public Builder keyHint(Supplier<?> keyHint) {
            requireState(this.keyHint == null, "keyHint was already set to %s", this.keyHint);
            this.keyHint = Objects.requireNonNull(keyHint, "keyHint");
            return this;
        }

        /**
         * Build the executor.
         * @return the executor
         */
        public CachingQueryExecutor build() {
            return new CachingQueryExecutor(this);
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
