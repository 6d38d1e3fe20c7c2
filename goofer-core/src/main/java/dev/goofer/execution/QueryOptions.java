package dev.goofer.execution;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Options of one query, beside the operation itself.
 *
 * @param cache whether the result may be served from and stored in the query cache
 * @param cacheTtl how long a cached result lives, or {@code null} for the configured
 * default
 * @param shard the shard to run on, overriding the router, or {@code null}
 */
public record QueryOptions(boolean cache, @Nullable Duration cacheTtl, @Nullable String shard) {

    /** No cache, no shard override. */
    public static final QueryOptions DEFAULT = new QueryOptions(false, null, null);

    /**
     * Return a copy that uses the cache.
     * @param ttl the time to live, or {@code null} for the configured default
     * @return the copy
     */
    public QueryOptions withCache(@Nullable Duration ttl) {
        return new QueryOptions(true, ttl, this.shard);
    }

    /**
     * Return a copy that runs on the given shard.
     * @param shard the shard name, or {@code null} to let the router decide
     * @return the copy
     */
    public QueryOptions withShard(@Nullable String shard) {
        return new QueryOptions(this.cache, this.cacheTtl, shard);
    }

}
