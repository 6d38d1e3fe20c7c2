package dev.goofer.autoconfigure;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.cache.QueryCacheSettings;
import dev.goofer.client.ClientDefinition;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sharding.ShardRouter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.util.ClassUtils;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of Goofer's query cache: a Caffeine cache between the profiler and
 * the database ({@code goofer.cache.*}) that never serves a result older than the last
 * write through Goofer; its statistics go to Micrometer as cache {@code goofer.query}.
 */
@AutoConfiguration(after = GooferAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ Caffeine.class, CachingQueryExecutor.class })
@ConditionalOnBooleanProperty(name = "goofer.cache.enabled", matchIfMissing = true)
@Conditional(OnGooferClientCondition.class)
public final class GooferCacheAutoConfiguration {

    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    @Bean
    @ConditionalOnMissingBean(value = QueryExecutor.class, ignored = { JdbcQueryExecutor.class, ShardRouter.class })
    CachingQueryExecutor gooferQueryCache(ListableBeanFactory beanFactory, ClientDefinition<?> gooferClientDefinition,
            GooferProperties properties, ObjectProvider<ExecutorInstrumentation> instrumentation) {
        QueryExecutor delegate = GooferClientFactory.base(beanFactory, gooferClientDefinition);
        CachingQueryExecutor.Builder builder = CachingQueryExecutor.builder(delegate, gooferClientDefinition.schema())
            .settings(settings(properties.getCache(), gooferClientDefinition.schema()));
        instrumentation.ifAvailable((each) -> builder.listener(each.cacheListener()));
        if (ClassUtils.isPresent(METER_REGISTRY, getClass().getClassLoader())) {
            CacheMetrics.bind(builder, beanFactory);
        }
        return builder.build();
    }

    static QueryCacheSettings settings(GooferProperties.Cache cache, SchemaMeta schema) {
        cache.getModels().forEach((model) -> requireModel(schema, model, "goofer.cache.models"));
        cache.getTtl().keySet().forEach((model) -> requireModel(schema, model, "goofer.cache.ttl"));
        QueryCacheSettings.Builder builder = QueryCacheSettings.builder()
            .defaultTtl(cache.getDefaultTtl())
            .maximumSize(cache.getMaximumSize());
        cache.getModels().stream().distinct().forEach(builder::cacheModel);
        for (Map.Entry<String, java.time.Duration> ttl : cache.getTtl().entrySet()) {
            builder.modelTtl(ttl.getKey(), ttl.getValue());
        }
        return builder.build();
    }

    private static void requireModel(SchemaMeta schema, String model, String property) {
        if (schema.findModel(model) == null) {
            throw new IllegalArgumentException(property + " names model \"" + model
                    + "\", which the schema does not have " + schema.models().stream().map(ModelMeta::name).toList());
        }
    }

}
