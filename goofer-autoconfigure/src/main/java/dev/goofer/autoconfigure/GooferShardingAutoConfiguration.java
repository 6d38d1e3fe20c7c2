package dev.goofer.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.ClientDefinition;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardRouter;
import dev.goofer.sharding.ShardRoutingListener;
import dev.goofer.sharding.ShardingConfiguration;
import dev.goofer.sharding.ShardingStrategy;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of Goofer's shard router from {@code goofer.shards.*} and
 * {@code goofer.routing.*}: a HikariCP pool per shard and replica (beans
 * {@code <shard>DataSource}, which make Spring Boot's own DataSource back off), a JDBC
 * executor per pool, and the {@link ShardRouter} the client runs on. A
 * {@link ShardingStrategy} bean replaces {@code goofer.routing.strategy}, and
 * {@link ShardRoutingListener} beans are told where each operation runs.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        after = GooferObservationAutoConfiguration.class)
@ConditionalOnClass({ ShardRouter.class, HikariDataSource.class })
@Conditional({ OnGooferClientCondition.class, OnShardsConfiguredCondition.class })
@EnableConfigurationProperties(GooferProperties.class)
@Import(ShardDataSources.class)
public final class GooferShardingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(value = QueryExecutor.class,
            ignored = { JdbcQueryExecutor.class, CachingQueryExecutor.class })
    ShardRouter gooferShardRouter(ListableBeanFactory beanFactory, ClientDefinition<?> gooferClientDefinition,
            GooferProperties properties, ObjectProvider<ShardingStrategy> strategy,
            ObjectProvider<ExecutorInstrumentation> instrumentation,
            ObjectProvider<StatementListener> statementListeners, ObjectProvider<ShardRoutingListener> listeners) {
        Map<String, ShardProperties> configured = properties.getShards();
        List<String> names = List.copyOf(configured.keySet());
        JdbcExecutors executors = new JdbcExecutors(gooferClientDefinition.schema(), properties, instrumentation,
                statementListeners);
        List<Shard> shards = new ArrayList<>();
        configured.forEach((name, shard) -> {
            DataSource primary = beanFactory.getBean(ShardDataSources.beanName(name), DataSource.class);
            Shard built = Shard.of(name, connect(executors, name, shard.getUrl(), primary));
            for (int i = 0; i < shard.getReplicas().size(); i++) {
                DataSource replica = beanFactory.getBean(ShardDataSources.replicaBeanName(name, i), DataSource.class);
                built = built.withReplica(connect(executors, name + " (replica " + i + ")",
                        shard.getReplicas().get(i).getUrl(), replica));
            }
            shards.add(built);
        });
        ShardingConfigurationFactory factory = new ShardingConfigurationFactory(gooferClientDefinition.schema(),
                properties.getRouting(), names);
        ShardingConfiguration.Builder builder = factory.builder(shards, strategy.getIfUnique());
        instrumentation.ifAvailable((each) -> builder.listener(each.routingListener(names.size())));
        listeners.orderedStream().forEach(builder::listener);
        return new ShardRouter(factory.build(builder));
    }

    private static JdbcQueryExecutor connect(JdbcExecutors executors, String shard, String url, DataSource dataSource) {
        try {
            return executors.create(dataSource);
        }
        catch (RuntimeException ex) {
            throw new ShardUnreachableException(shard, url, ex);
        }
    }

}
