package dev.goofer.cache;

import dev.goofer.query.Operation;

/**
 * Told how the query cache handled each cacheable read: the hook the profiler uses for
 * its {@code cached} tag. Called on the calling thread, before the result is returned on
 * a hit and before the database is read on a miss, so implementations must be quick and
 * must not throw.
 */
@FunctionalInterface
public interface QueryCacheListener {

    /**
     * Called once per cacheable read.
     * @param operation the operation
     * @param outcome {@link CacheOutcome#HIT} or {@link CacheOutcome#MISS}
     */
    void cacheLookedUp(Operation<?> operation, CacheOutcome outcome);

}
