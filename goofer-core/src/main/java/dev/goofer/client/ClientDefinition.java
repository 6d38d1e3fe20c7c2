package dev.goofer.client;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.metadata.SchemaMeta;

/**
 * What a generated client tells the runtime about itself. The generator writes one
 * implementation per client and lists it in
 * {@code META-INF/services/dev.goofer.client.ClientDefinition}, which is how the Spring
 * Boot autoconfiguration finds the client without user code.
 *
 * @param <C> the generated client type
 */
public interface ClientDefinition<C extends GooferClientBase<C>> {

    /**
     * Return the schema metadata the client was generated from.
     * @return the schema
     */
    SchemaMeta schema();

    /**
     * Return the generated client class.
     * @return the client type
     */
    Class<C> clientType();

    /**
     * Create a client over an executor.
     * @param executor the executor
     * @return the client
     */
    C create(QueryExecutor executor);

}
