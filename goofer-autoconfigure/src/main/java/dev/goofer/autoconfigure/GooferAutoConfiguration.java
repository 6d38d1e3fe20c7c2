package dev.goofer.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.ClientDefinition;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardRouter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of Goofer: makes the generated client a bean of its generated type,
 * running on the application's {@link DataSource} (or on the shard router when
 * {@code goofer.shards} is set) and joining Spring-managed transactions, and applies
 * {@code goofer.schema.mode} at startup.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        after = { GooferShardingAutoConfiguration.class, GooferObservationAutoConfiguration.class })
@ConditionalOnClass({ JdbcQueryExecutor.class, DataSource.class })
@EnableConfigurationProperties(GooferProperties.class)
@Import(GooferClientRegistrar.class)
public final class GooferAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(OnGooferClientCondition.class)
    static class ClientConfiguration {

        @Bean
        @ConditionalOnSingleCandidate(DataSource.class)
        @ConditionalOnMissingBean(value = QueryExecutor.class, ignored = CachingQueryExecutor.class)
        JdbcQueryExecutor gooferJdbcQueryExecutor(DataSource dataSource, ClientDefinition<?> gooferClientDefinition,
                GooferProperties properties, ObjectProvider<ExecutorInstrumentation> instrumentation,
                ObjectProvider<StatementListener> statementListeners) {
            return new JdbcExecutors(gooferClientDefinition.schema(), properties, instrumentation, statementListeners)
                .create(dataSource);
        }

        @Bean
        GooferClientFactory gooferClientFactory(ListableBeanFactory beanFactory,
                ObjectProvider<GooferSchemaInitializer> schemaInitializer,
                ObjectProvider<ExecutorInstrumentation> instrumentation,
                ObjectProvider<GooferClientCustomizer> customizers) {
            return new GooferClientFactory(beanFactory, schemaInitializer, instrumentation, customizers);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnExpression("!'${goofer.schema.mode:none}'.equalsIgnoreCase('none')")
        GooferSchemaInitializer gooferSchemaInitializer(ClientDefinition<?> gooferClientDefinition,
                GooferProperties properties, ObjectProvider<ShardRouter> router, ObjectProvider<JdbcQueryExecutor> jdbc,
                ObjectProvider<DataSource> dataSource) {
            Map<String, DataSource> databases = new LinkedHashMap<>();
            ShardRouter shardRouter = router.getIfUnique();
            if (shardRouter != null) {
                for (Shard shard : shardRouter.shards()) {
                    databases.put(shard.name(), shard.dataSource());
                }
            }
            else {
                JdbcQueryExecutor executor = jdbc.getIfUnique();
                DataSource single = (executor != null) ? executor.dataSource() : dataSource.getIfUnique();
                if (single != null) {
                    databases.put("dataSource", single);
                }
            }
            return new GooferSchemaInitializer(properties.getSchema().getMode(), gooferClientDefinition.schema(),
                    databases, shardRouter != null);
        }

    }

}
