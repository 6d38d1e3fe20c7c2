package dev.goofer.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.goofer.autoconfigure.actuate.GooferEndpoint;
import dev.goofer.autoconfigure.actuate.ShardHealthIndicator;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.ClientDefinition;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardRouter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of Goofer's actuator support: the {@code goofer} endpoint (slow
 * queries, cache statistics, shards) and, with shards, the composite {@code goofer}
 * health contributor with one indicator per shard.
 */
@AutoConfiguration(after = { GooferAutoConfiguration.class, GooferCacheAutoConfiguration.class,
        GooferShardingAutoConfiguration.class, GooferObservationAutoConfiguration.class })
@Conditional(OnGooferClientCondition.class)
public final class GooferEndpointAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class, MeterRegistry.class })
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(GooferEndpoint.class)
        GooferEndpoint gooferEndpoint(ClientDefinition<?> gooferClientDefinition,
                ObjectProvider<QueryProfiler> profiler, ObjectProvider<CachingQueryExecutor> cache,
                ObjectProvider<ShardRouter> router) {
            return new GooferEndpoint(gooferClientDefinition.clientType().getName(), profiler, cache, router);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
    @ConditionalOnBean(ShardRouter.class)
    @ConditionalOnEnabledHealthIndicator("goofer")
    static class ShardHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "gooferHealthContributor")
        CompositeHealthContributor gooferHealthContributor(ShardRouter router) {
            Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
            for (Shard shard : router.shards()) {
                indicators.put(shard.name(), new ShardHealthIndicator(router, shard.name()));
            }
            return CompositeHealthContributor.fromMap(indicators);
        }

    }

}
