package dev.goofer.autoconfigure;

import dev.goofer.client.ClientDefinition;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.metadata.SchemaMeta;

/**
 * The client definition the generator would write for the tenant fixture (the sharded
 * schema of goofer-core's tests), listed in this module's test {@code META-INF/services}.
 */
public final class TenantClientDefinition implements ClientDefinition<GooferClient> {

    @Override
    public SchemaMeta schema() {
        return GooferSchema.SCHEMA;
    }

    @Override
    public Class<GooferClient> clientType() {
        return GooferClient.class;
    }

    @Override
    public GooferClient create(QueryExecutor executor) {
        return new GooferClient(executor);
    }

}
