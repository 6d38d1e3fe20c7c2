package dev.goofer.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.ClientDefinition;
import dev.goofer.client.GooferClientBase;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.sharding.ShardRouter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Creates the generated client over the executor chain: the profiler, then the query
 * cache, then the shard router or the JDBC executor. A {@link QueryExecutor} bean of the
 * application (of another type than these layers) replaces the whole chain.
 */
final class GooferClientFactory {

    private final ListableBeanFactory beanFactory;

    private final ObjectProvider<GooferSchemaInitializer> schemaInitializer;

    private final ObjectProvider<ExecutorInstrumentation> instrumentation;

    private final ObjectProvider<GooferClientCustomizer> customizers;

    GooferClientFactory(ListableBeanFactory beanFactory, ObjectProvider<GooferSchemaInitializer> schemaInitializer,
            ObjectProvider<ExecutorInstrumentation> instrumentation,
            ObjectProvider<GooferClientCustomizer> customizers) {
        this.beanFactory = beanFactory;
        this.schemaInitializer = schemaInitializer;
        this.instrumentation = instrumentation;
        this.customizers = customizers;
    }

    /**
     * Create the client, after the schema was pushed or validated.
     */
    GooferClientBase<?> create(ClientDefinition<?> definition) {
        this.schemaInitializer.getIfAvailable();
        GooferClientBuilder builder = new GooferClientBuilder(definition, executor(definition));
        this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return builder.build();
    }

    private QueryExecutor executor(ClientDefinition<?> definition) {
        QueryExecutor custom = customExecutor();
        if (custom != null) {
            return custom;
        }
        QueryExecutor base = base(this.beanFactory, definition);
        QueryExecutor cached = this.beanFactory.getBeanProvider(CachingQueryExecutor.class).getIfUnique();
        QueryExecutor outer = (cached != null) ? cached : base;
        ExecutorInstrumentation instrumentation = this.instrumentation.getIfUnique();
        return (instrumentation != null) ? instrumentation.decorate(outer, dialect(base)) : outer;
    }

    /**
     * Return the executor at the bottom of the chain: the shard router when there is one,
     * else the JDBC executor.
     * @throws GooferDataSourceMissingException when there is neither
     */
    static QueryExecutor base(ListableBeanFactory beanFactory, ClientDefinition<?> definition) {
        ShardRouter router = beanFactory.getBeanProvider(ShardRouter.class).getIfUnique();
        if (router != null) {
            return router;
        }
        JdbcQueryExecutor jdbc = beanFactory.getBeanProvider(JdbcQueryExecutor.class).getIfUnique();
        if (jdbc != null) {
            return jdbc;
        }
        throw new GooferDataSourceMissingException(definition.clientType().getName(),
                beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false).length);
    }

    static String dialect(QueryExecutor base) {
        if (base instanceof ShardRouter router) {
            return router.shards().get(0).dialect().name();
        }
        if (base instanceof JdbcQueryExecutor jdbc) {
            return jdbc.dialect().name();
        }
        return "unknown";
    }

    private @Nullable QueryExecutor customExecutor() {
        List<String> names = new ArrayList<>();
        for (String name : this.beanFactory.getBeanNamesForType(QueryExecutor.class, true, false)) {
            Class<?> type = this.beanFactory.getType(name);
            if (type == null || !isLayer(type)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() > 1) {
            throw new IllegalStateException("The application defines several QueryExecutor beans " + names
                    + "; define one for the Goofer client, or customize it with a GooferClientCustomizer");
        }
        return this.beanFactory.getBean(names.get(0), QueryExecutor.class);
    }

    static boolean isLayer(Class<?> type) {
        return JdbcQueryExecutor.class.isAssignableFrom(type) || ShardRouter.class.isAssignableFrom(type)
                || CachingQueryExecutor.class.isAssignableFrom(type);
    }

}
