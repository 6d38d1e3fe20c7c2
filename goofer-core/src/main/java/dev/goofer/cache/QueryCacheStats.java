package dev.goofer.cache;

/**
 * A snapshot of the query cache's statistics, for the actuator endpoint.
 *
 * @param hits the reads served from the cache
 * @param misses the cacheable reads that went to the database
 * @param evictions the entries removed because of the size bound or their time to live
 * @param size the approximate number of entries, including ones a write has made stale
 * but that were not looked up since
 * @param invalidations the committed writes (and explicit invalidations) that made cached
 * results stale
 * @param staleDiscards the entries found stale on lookup and dropped
 */
public record QueryCacheStats(long hits, long misses, long evictions, long size, long invalidations,
        long staleDiscards) {

    /**
     * Return the share of cacheable reads served from the cache.
     * @return the hit rate between 0 and 1, 1 when there were no reads
     */
    public double hitRate() {
        long requests = this.hits + this.misses;
        return (requests == 0) ? 1.0 : (double) this.hits / requests;
    }

}
