package dev.goofer.autoconfigure.actuate;

import java.util.Map;
import java.util.Objects;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.sharding.ShardRouter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code goofer} actuator endpoint: recent slow queries (newest first) with counts
 * per query shape, the query cache's statistics and settings, and the shards with their
 * strategy and model placements. {@code DELETE /actuator/goofer/cache} drops every cached
 * result; {@code DELETE /actuator/goofer/slow-queries} forgets the slow queries.
 */
@Endpoint(id = "goofer")
public class GooferEndpoint {

    private final String client;

    private final ObjectProvider<QueryProfiler> profiler;

    private final ObjectProvider<CachingQueryExecutor> cache;

    private final ObjectProvider<ShardRouter> router;

    /**
     * Create the endpoint.
     * @param client the class name of the generated client
     * @param profiler the profiler, if any
     * @param cache the query cache, if any
     * @param router the shard router, if any
     */
    public GooferEndpoint(String client, ObjectProvider<QueryProfiler> profiler,
            ObjectProvider<CachingQueryExecutor> cache, ObjectProvider<ShardRouter> router) {
        this.client = Objects.requireNonNull(client, "client");
        this.profiler = profiler;
        this.cache = cache;
        this.router = router;
    }

    /**
     * Describe the slow queries, the cache and the shards.
     * @return the description
     */
    @ReadOperation
    public GooferDescriptor goofer() {
        QueryProfiler profiler = this.profiler.getIfUnique();
        CachingQueryExecutor cache = this.cache.getIfUnique();
        ShardRouter router = this.router.getIfUnique();
        return new GooferDescriptor(this.client, (profiler != null) ? GooferDescriptor.SlowQueries.of(profiler) : null,
                (cache != null) ? GooferDescriptor.Cache.of(cache) : null,
                (router != null) ? GooferDescriptor.Sharding.of(router.describe()) : null);
    }

    /**
     * Clear the query cache ({@code cache}) or the slow-query log ({@code slow-queries}).
     * @param target what to clear
     * @return what was cleared
     */
    @DeleteOperation
    public Map<String, Object> clear(@Selector String target) {
        if ("cache".equals(target)) {
            CachingQueryExecutor cache = this.cache.getIfUnique();
            if (cache == null) {
                throw new InvalidEndpointRequestException("The query cache is not enabled", "No query cache");
            }
            long size = cache.stats().size();
            cache.invalidateAll();
            return Map.of("cleared", "cache", "entries", size);
        }
        if ("slow-queries".equals(target)) {
            QueryProfiler profiler = this.profiler.getIfUnique();
            if (profiler == null) {
                throw new InvalidEndpointRequestException("The profiler is not enabled", "No profiler");
            }
            long total = profiler.slowQueryLog().total();
            profiler.slowQueryLog().clear();
            return Map.of("cleared", "slow-queries", "entries", total);
        }
        throw new InvalidEndpointRequestException(
                "Unknown target \"" + target + "\": use \"cache\" or \"slow-queries\"", "Unknown target");
    }

    static double millis(java.time.Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }

    static @Nullable String text(java.time.@Nullable Duration duration) {
        return (duration != null) ? duration.toString() : null;
    }

}
