package dev.goofer.autoconfigure;

import java.util.Objects;

import dev.goofer.client.ClientDefinition;
import dev.goofer.client.GooferClientBase;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.metadata.SchemaMeta;

/**
 * What {@link GooferClientCustomizer}s see of the client being created: its definition
 * and the executor it will run on (the profiler, the query cache and the shard router or
 * JDBC executor, outermost first), which they may replace, typically by a decorator.
 */
public final class GooferClientBuilder {

    private final ClientDefinition<?> definition;

    private QueryExecutor executor;

    GooferClientBuilder(ClientDefinition<?> definition, QueryExecutor executor) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Return the definition of the generated client.
     * @return the definition
     */
    public ClientDefinition<?> definition() {
        return this.definition;
    }

    /**
     * Return the schema the client was generated from.
     * @return the schema
     */
    public SchemaMeta schema() {
        return this.definition.schema();
    }

    /**
     * Return the executor the client will run on.
     * @return the executor
     */
    public QueryExecutor executor() {
        return this.executor;
    }

    /**
     * Run the client on another executor, usually a decorator of {@link #executor()}.
     * @param executor the executor
     * @return this builder
     */
    public GooferClientBuilder executor(QueryExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    GooferClientBase<?> build() {
        return this.definition.create(this.executor);
    }

}
