package dev.goofer.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineStatsCounter;

/**
 * The Micrometer side of the cache statistics, kept apart so that the cache runs without
 * Micrometer on the class path when no registry is given.
 */
final class MicrometerCacheMetrics {

    static final String CACHE_NAME = "goofer.query";

    private MicrometerCacheMetrics() {
    }

    static StatsCounter statsCounter(Object registry) {
        return new CaffeineStatsCounter((MeterRegistry) registry, CACHE_NAME);
    }

    static void registerSize(StatsCounter counter, Cache<?, ?> cache) {
        ((CaffeineStatsCounter) counter).registerSizeMetric(cache);
    }

}
