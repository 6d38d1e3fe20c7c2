package dev.goofer.sharding;

import java.util.List;

import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.fixture.tenant.OrderFields;
import dev.goofer.query.Filter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading shard keys out of conditions, and narrowing conditions per shard. Tenants 7, 8,
 * 9 hash to {@code s0}; 1, 2, 3, 5, 6, 12 to {@code s1}; 4, 10, 11 to {@code s2}.
 */
class ShardKeysTests {

    private static final List<String> SHARDS = List.of("s0", "s1", "s2");

    private final ShardKeys keys = new ShardKeys(SHARDS, GooferSchema.SCHEMA);

    private final Placements.Placement customers = new Placements.Placement(CustomerFields.META,
            Placements.Kind.SHARDED, List.of(CustomerFields.TENANT_ID.meta()), ShardingStrategy.hash());

    private static Filter tenant(int tenant) {
        return CustomerFields.TENANT_ID.eq(tenant).filter();
    }

    private static Filter tenants(Integer... tenants) {
        return CustomerFields.TENANT_ID.in(tenants).filter();
    }

    private static Filter and(Filter... filters) {
        return new Filter.And(List.of(filters));
    }

    private static Filter or(Filter... filters) {
        return new Filter.Or(List.of(filters));
    }

    private static final Filter SCORE = CustomerFields.SCORE.gt(3).filter();

    @Test
    void equalitiesAndInListsNameTheirShards() {
        assertThat(this.keys.shards(this.customers, tenant(7))).containsExactly("s0");
        assertThat(this.keys.shards(this.customers, and(SCORE, tenant(4)))).containsExactly("s2");
        assertThat(this.keys.shards(this.customers, tenants(4, 1, 10))).containsExactly("s1", "s2");
        assertThat(this.keys.shards(this.customers, or(tenant(7), and(tenant(1), SCORE)))).containsExactly("s0", "s1");
        assertThat(this.keys.shards(this.customers, and(tenants(1, 4), tenants(4, 7)))).containsExactly("s2");
    }

    @Test
    void conditionsThatDoNotFixTheKeyFanOut() {
        assertThat(this.keys.shards(this.customers, SCORE)).isNull();
        assertThat(this.keys.shards(this.customers, or(tenant(7), SCORE))).isNull();
        assertThat(this.keys.shards(this.customers, new Filter.Not(tenant(7)))).isNull();
        assertThat(this.keys.shards(this.customers, CustomerFields.TENANT_ID.gt(3).filter())).isNull();
        assertThat(this.keys.shards(this.customers, CustomerFields.TENANT_ID.notIn(1, 2).filter())).isNull();
        assertThat(this.keys.shards(this.customers, Filter.TRUE)).isNull();
    }

    @Test
    void contradictionsAndEmptyListsMatchNoShard() {
        assertThat(this.keys.shards(this.customers, and(tenant(1), tenant(4)))).isEmpty();
        assertThat(this.keys.shards(this.customers, tenants())).isEmpty();
        assertThat(this.keys.shards(this.customers, and(tenant(1), CustomerFields.TENANT_ID.eq(1).filter())))
            .containsExactly("s1");
    }

    @Test
    void aCompositeKeyNeedsAnEqualityOnEachField() {
        Placements.Placement byTenantAndId = new Placements.Placement(CustomerFields.META, Placements.Kind.SHARDED,
                List.of(CustomerFields.TENANT_ID.meta(), CustomerFields.ID.meta()), ShardingStrategy.hash());
        String shard = ShardingStrategy.hash()
            .shardFor(new ShardKey("Customer", List.of("tenantId", "id"), List.of(4, "c1")), SHARDS);
        Filter id = CustomerFields.ID.eq("c1").filter();
        assertThat(this.keys.shards(byTenantAndId, and(id, SCORE, tenant(4)))).containsExactly(shard);
        assertThat(this.keys.shards(byTenantAndId, and(tenant(4), SCORE))).isNull();
        assertThat(this.keys.shards(byTenantAndId, and(tenant(4), id, CustomerFields.ID.eq("c2").filter()))).isEmpty();
    }

    @Test
    void narrowingKeepsTheValuesOfOneShard() {
        Filter filter = and(tenants(1, 4, 7, 10), SCORE);
        assertThat(this.keys.narrow(this.customers, filter, "s2")).isEqualTo(and(tenants(4, 10), SCORE));
        assertThat(this.keys.narrow(this.customers, or(tenant(7), tenant(4)), "s2")).isEqualTo(or(tenant(4)));
        assertThat(this.keys.narrow(this.customers, and(tenant(7), SCORE), "s2")).isSameAs(ShardKeys.NONE);
        assertThat(this.keys.narrow(this.customers, SCORE, "s2")).isSameAs(SCORE);
    }

    @Test
    void keyEqualitiesNameOneShardAndNarrowToThemselvesThere() {
        Placements.Placement byTenantAndId = new Placements.Placement(CustomerFields.META, Placements.Kind.SHARDED,
                List.of(CustomerFields.TENANT_ID.meta(), CustomerFields.ID.meta()), ShardingStrategy.hash());
        Filter id = CustomerFields.ID.eq("c1").filter();
        List<Filter> fixing = List.of(tenant(7), and(tenant(4), id), and(SCORE, tenant(1)));
        for (Filter filter : fixing) {
            String shard = this.keys.equalityShard(this.customers, filter);
            assertThat(this.keys.shards(this.customers, filter)).containsExactly(shard);
            assertThat(this.keys.narrow(this.customers, filter, shard)).isEqualTo(filter);
        }
        Filter composite = and(id, SCORE, tenant(4));
        String shard = this.keys.equalityShard(byTenantAndId, composite);
        assertThat(this.keys.shards(byTenantAndId, composite)).containsExactly(shard);
        assertThat(this.keys.narrow(byTenantAndId, composite, shard)).isEqualTo(composite);
        assertThat(this.keys.equalityShard(this.customers, tenants(7))).isNull();
        assertThat(this.keys.equalityShard(this.customers, and(tenant(7), tenant(7)))).isNull();
        assertThat(this.keys.equalityShard(this.customers, or(tenant(7)))).isNull();
        assertThat(this.keys.equalityShard(this.customers, SCORE)).isNull();
        assertThat(this.keys.equalityShard(byTenantAndId, tenant(4))).isNull();
    }

    @Test
    void relationFiltersAreNotMistakenForTheKey() {
        Filter throughOrders = CustomerFields.ORDERS.some(OrderFields.TENANT_ID.eq(7)).filter();
        assertThat(this.keys.shards(this.customers, throughOrders)).isNull();
        assertThat(this.keys.narrow(this.customers, throughOrders, "s1")).isSameAs(throughOrders);
    }

}
