package dev.goofer.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.cache.QueryCacheSettings;
import dev.goofer.cache.QueryCacheStats;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.profiling.SlowQuery;
import dev.goofer.profiling.SlowQueryLog;
import dev.goofer.profiling.SlowQueryShape;
import dev.goofer.sharding.ShardingDescription;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /actuator/goofer} shows. Durations are in milliseconds, settings durations
 * in ISO-8601, timestamps as ISO-8601 instants.
 *
 * @param client the class name of the generated client
 * @param slowQueries the slow queries, or {@code null} when the profiler is off
 * @param cache the query cache, or {@code null} when it is off
 * @param sharding the shards, or {@code null} without sharding
 */
public record GooferDescriptor(String client, @Nullable SlowQueries slowQueries, @Nullable Cache cache,
        @Nullable Sharding sharding) {

    /**
     * The slow-query log.
     *
     * @param thresholdMs the slow-query threshold
     * @param total how many slow queries were seen since startup (or the last clear)
     * @param capacity how many are kept
     * @param recent the kept slow queries, newest first
     * @param shapes how often each query shape was slow, most often first
     */
    public record SlowQueries(double thresholdMs, long total, int capacity, List<Entry> recent, List<Shape> shapes) {

        static SlowQueries of(QueryProfiler profiler) {
            SlowQueryLog log = profiler.slowQueryLog();
            List<SlowQueryShape> shapes = log.shapes();
            Map<String, Long> counts = new LinkedHashMap<>();
            shapes.forEach((shape) -> counts.put(shape.shape(), shape.count()));
            List<Entry> recent = log.entries()
                .stream()
                .map((query) -> Entry.of(query, counts.getOrDefault(query.shape(), 1L)))
                .toList();
            return new SlowQueries(GooferEndpoint.millis(profiler.settings().slowQueryThreshold()), log.total(),
                    log.capacity(), recent, shapes.stream().map(Shape::of).toList());
        }

    }

    /**
     * One slow query.
     *
     * @param timestamp when it ended
     * @param model the model
     * @param operation the operation, such as {@code find_many}
     * @param durationMs how long it took
     * @param shard the shard ({@code default} without sharding)
     * @param dialect the dialect
     * @param outcome {@code success}, {@code error} or {@code not_found}
     * @param cached {@code hit}, {@code miss} or {@code none}
     * @param statements the number of SQL statements it ran
     * @param sql the SQL text, when recorded
     * @param parameters the bound values, when logged
     * @param shape the query shape
     * @param shapeCount how often queries of this shape were slow
     */
    public record Entry(String timestamp, String model, String operation, double durationMs, String shard,
            String dialect, String outcome, String cached, int statements, List<String> sql, List<String> parameters,
            String shape, long shapeCount) {

        static Entry of(SlowQuery query, long shapeCount) {
            return new Entry(query.timestamp().toString(), query.model(), query.operation(),
                    GooferEndpoint.millis(query.duration()), query.shard(), query.dialect(), query.outcome(),
                    query.cached(), query.statements(), query.sql(), query.parameters(), query.shape(), shapeCount);
        }

    }

    /**
     * How often one query shape was slow.
     *
     * @param shape the shape
     * @param model the model
     * @param operation the operation
     * @param count how often it was slow
     * @param maxMs the longest duration
     * @param meanMs the mean duration
     * @param lastSeen when the latest ended
     */
    public record Shape(String shape, String model, String operation, long count, double maxMs, double meanMs,
            String lastSeen) {

        static Shape of(SlowQueryShape shape) {
            return new Shape(shape.shape(), shape.model(), shape.operation(), shape.count(),
                    GooferEndpoint.millis(shape.maxDuration()),
                    GooferEndpoint.millis(shape.totalDuration()) / Math.max(1, shape.count()),
                    shape.lastSeen().toString());
        }

    }

    /**
     * The query cache.
     *
     * @param hits reads served from the cache
     * @param misses cacheable reads that went to the database
     * @param hitRate the share of hits
     * @param evictions entries evicted by size or time to live
     * @param size the approximate number of entries
     * @param invalidations committed writes that made results stale
     * @param staleDiscards stale entries dropped on lookup
     * @param defaultTtl the default time to live
     * @param maximumSize the maximum number of entries
     * @param models the models always cached
     * @param ttl the time to live per model
     */
    public record Cache(long hits, long misses, double hitRate, long evictions, long size, long invalidations,
            long staleDiscards, String defaultTtl, long maximumSize, List<String> models, Map<String, String> ttl) {

        static Cache of(CachingQueryExecutor cache) {
            QueryCacheStats stats = cache.stats();
            QueryCacheSettings settings = cache.settings();
            Map<String, String> ttl = new LinkedHashMap<>();
            settings.modelTtls().forEach((model, duration) -> ttl.put(model, duration.toString()));
            return new Cache(stats.hits(), stats.misses(), stats.hitRate(), stats.evictions(), stats.size(),
                    stats.invalidations(), stats.staleDiscards(), settings.defaultTtl().toString(),
                    settings.maximumSize(), settings.cachedModels().stream().sorted().toList(), ttl);
        }

    }

    /**
     * The shards.
     *
     * @param shards the shards in configuration order
     * @param defaultShard the shard of models without a shard key
     * @param strategy the default strategy
     * @param models where each model lives
     * @param fanOutTimeout how long a read across shards may take
     * @param maxMergeRows the most rows a merge may hold
     * @param writeFanOut whether keyless bulk writes run on every shard
     */
    public record Sharding(List<ShardingDescription.ShardInfo> shards, String defaultShard, String strategy,
            List<ShardingDescription.ModelPlacement> models, String fanOutTimeout, int maxMergeRows,
            boolean writeFanOut) {

        static Sharding of(ShardingDescription description) {
            return new Sharding(description.shards(), description.defaultShard(), description.strategy(),
                    description.models(), description.fanOutTimeout().toString(), description.maxMergeRows(),
                    description.writeFanOut());
        }

    }

}
