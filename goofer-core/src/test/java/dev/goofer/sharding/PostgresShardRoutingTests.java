package dev.goofer.sharding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing against three real PostgreSQL databases.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresShardRoutingTests extends ShardedDatabases {

    static Customer customer(GooferClient client, int tenant, String id) {
        return client.customer()
            .create(CustomerCreate.builder()
                .tenantId(tenant)
                .id(id)
                .name("name-" + id)
                .score(tenant * 10)
                .createdAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(tenant))
                .build())
            .execute();
    }

    @Test
    void customersLandOnTheShardTheirTenantHashesTo() {
        for (int tenant = 1; tenant <= 9; tenant++) {
            customer(db, tenant, "c" + tenant);
        }
        for (String shard : SHARDS) {
            List<Object> expected = new ArrayList<>();
            for (int tenant = 1; tenant <= 9; tenant++) {
                if (shardOfTenant(tenant).equals(shard)) {
                    expected.add(tenant);
                }
            }
            assertThat(column(shard, "Customer", "tenantId")).isEqualTo(expected);
        }
        assertThat(db.customer().findMany().orderBy(CustomerFields.TENANT_ID.asc()).fetch()).hasSize(9);
    }

}
