package dev.goofer.autoconfigure;

import dev.goofer.cache.CachingQueryExecutor;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Binds the query cache's statistics to the application's meter registry; only loaded
 * when Micrometer is on the class path.
 */
final class CacheMetrics {

    private CacheMetrics() {
    }

    static void bind(CachingQueryExecutor.Builder builder, ListableBeanFactory beanFactory) {
        MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
        if (registry != null) {
            builder.meterRegistry(registry);
        }
    }

}
