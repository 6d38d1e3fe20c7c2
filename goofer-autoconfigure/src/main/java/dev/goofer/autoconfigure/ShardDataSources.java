package dev.goofer.autoconfigure;

import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a HikariCP {@link javax.sql.DataSource} bean per shard and per read replica
 * of {@code goofer.shards}: beans {@code <shard>DataSource} and
 * {@code <shard>Replica<index>DataSource}, their pools named after the shard
 * ({@code <shard>} and {@code <shard>-replica-<index>}), so that Spring Boot's pool
 * metrics carry one {@code pool} tag per shard and Spring Boot's own DataSource backs
 * off.
 */
class ShardDataSources implements ImportBeanDefinitionRegistrar, EnvironmentAware {

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (this.environment == null) {
            return;
        }
        Map<String, ShardProperties> shards = OnShardsConfiguredCondition.shards(this.environment);
        List<String> names = List.copyOf(shards.keySet());
        shards.forEach((name, shard) -> {
            String url = requireUrl(shard.getUrl(), "goofer.shards." + name + ".url", names);
            registry.registerBeanDefinition(beanName(name), bean(() -> create(name, url, shard.getUsername(),
                    shard.getPassword(), shard.getDriverClassName(), shard.getPool())));
            for (int i = 0; i < shard.getReplicas().size(); i++) {
                ShardProperties.Replica replica = shard.getReplicas().get(i);
                String replicaUrl = requireUrl(replica.getUrl(), "goofer.shards." + name + ".replicas[" + i + "].url",
                        names);
                String pool = name + "-replica-" + i;
                String username = (replica.getUsername() != null) ? replica.getUsername() : shard.getUsername();
                String password = (replica.getPassword() != null) ? replica.getPassword() : shard.getPassword();
                ShardProperties.Pool settings = (replica.getPool() != null) ? replica.getPool() : shard.getPool();
                registry.registerBeanDefinition(replicaBeanName(name, i),
                        bean(() -> create(pool, replicaUrl, username, password, shard.getDriverClassName(), settings)));
            }
        });
    }

    static String beanName(String shard) {
        return shard + "DataSource";
    }

    static String replicaBeanName(String shard, int index) {
        return shard + "Replica" + index + "DataSource";
    }

    private static String requireUrl(@Nullable String url, String property, List<String> shards) {
        if (url == null || url.isBlank()) {
            throw new InvalidShardingConfigurationException(property, property + " is not set", shards, null);
        }
        return url;
    }

    private static RootBeanDefinition bean(java.util.function.Supplier<HikariDataSource> supplier) {
        RootBeanDefinition bean = new RootBeanDefinition(HikariDataSource.class, supplier);
        bean.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
        return bean;
    }

    static HikariDataSource create(String poolName, String url, @Nullable String username, @Nullable String password,
            @Nullable String driverClassName, ShardProperties.Pool pool) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(poolName);
        dataSource.setJdbcUrl(url);
        if (username != null) {
            dataSource.setUsername(username);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        if (driverClassName != null) {
            dataSource.setDriverClassName(driverClassName);
        }
        if (pool.getMaximumPoolSize() != null) {
            dataSource.setMaximumPoolSize(pool.getMaximumPoolSize());
        }
        if (pool.getMinimumIdle() != null) {
            dataSource.setMinimumIdle(pool.getMinimumIdle());
        }
        if (pool.getConnectionTimeout() != null) {
            dataSource.setConnectionTimeout(pool.getConnectionTimeout().toMillis());
        }
        if (pool.getIdleTimeout() != null) {
            dataSource.setIdleTimeout(pool.getIdleTimeout().toMillis());
        }
        if (pool.getMaxLifetime() != null) {
            dataSource.setMaxLifetime(pool.getMaxLifetime().toMillis());
        }
        if (pool.getValidationTimeout() != null) {
            dataSource.setValidationTimeout(pool.getValidationTimeout().toMillis());
        }
        pool.getDataSourceProperties().forEach(dataSource::addDataSourceProperty);
        return dataSource;
    }

}
