package dev.goofer.autoconfigure;

import dev.goofer.profiling.ProfilingSettings;
import dev.goofer.profiling.QueryProfiler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of Goofer's slow-query profiler: every operation of the client is
 * timed as the Micrometer observation or timer {@code goofer.query} (tags model,
 * operation, outcome, shard, dialect, cached); operations slower than
 * {@code goofer.profiler.slow-query-threshold} increment {@code goofer.query.slow}, are
 * logged once at WARN and kept for the actuator endpoint.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, QueryProfiler.class })
@EnableConfigurationProperties(GooferProperties.class)
public final class GooferObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "goofer.profiler.enabled", matchIfMissing = true)
    QueryProfiler gooferQueryProfiler(GooferProperties properties, ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<ObservationRegistry> observationRegistry) {
        QueryProfiler.Builder builder = QueryProfiler.builder().settings(settings(properties.getProfiler()));
        meterRegistry.ifUnique(builder::meterRegistry);
        observationRegistry.ifUnique(builder::observationRegistry);
        return builder.build();
    }

    @Bean
    @ConditionalOnBean(QueryProfiler.class)
    ProfilerInstrumentation gooferProfilerInstrumentation(QueryProfiler profiler) {
        return new ProfilerInstrumentation(profiler);
    }

    static ProfilingSettings settings(GooferProperties.Profiler profiler) {
        return ProfilingSettings.builder()
            .slowQueryThreshold(profiler.getSlowQueryThreshold())
            .capacity(profiler.getSlowQueryCapacity())
            .maxShapes(profiler.getMaxShapes())
            .recordSql(profiler.isRecordSql())
            .logParameters(profiler.isLogParameters())
            .build();
    }

}
