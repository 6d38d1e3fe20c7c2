package dev.goofer.sharding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.execution.TransactionOptions;
import dev.goofer.fixture.tenant.AuditEntry;
import dev.goofer.fixture.tenant.AuditEntryCreate;
import dev.goofer.fixture.tenant.CountryCreate;
import dev.goofer.fixture.tenant.CountryUpdate;
import dev.goofer.fixture.tenant.CountryWhereUnique;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.CustomerUpdate;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.OrderCreate;
import dev.goofer.fixture.tenant.OrderFields;
import dev.goofer.fixture.tenant.OrderUpdate;
import dev.goofer.fixture.tenant.Review;
import dev.goofer.fixture.tenant.ReviewCreate;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where rows land and how writes are routed, checked with direct SQL on each of three
 * real PostgreSQL databases. Tenants 7, 8, 9 hash to {@code s0}; 1, 2, 3, 5, 6, 12 to
 * {@code s1}; 4, 10, 11 to {@code s2}.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresShardRoutingTests extends ShardedDatabases {

    static Customer customer(GooferClient client, int tenant, String id) {
        return client.customer().create(customerData(tenant, id)).execute();
    }

    static CustomerCreate customerData(int tenant, String id) {
        return CustomerCreate.builder()
            .tenantId(tenant)
            .id(id)
            .name("name-" + id)
            .score(tenant * 10)
            .createdAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(tenant))
            .build();
    }

    @Test
    void customersLandOnTheShardTheirTenantHashesTo() {
        for (int tenant = 1; tenant <= 12; tenant++) {
            customer(db, tenant, "c" + tenant);
        }
        assertThat(column("s0", "Customer", "tenantId")).containsExactly(7, 8, 9);
        assertThat(column("s1", "Customer", "tenantId")).containsExactly(1, 2, 3, 5, 6, 12);
        assertThat(column("s2", "Customer", "tenantId")).containsExactly(4, 10, 11);
        for (int tenant = 1; tenant <= 12; tenant++) {
            assertThat(column(shardOfTenant(tenant), "Customer", "tenantId")).contains(tenant);
        }
        assertThat(db.customer().findUnique(CustomerWhereUnique.tenantId_id(4, "c4")).fetch()).isPresent();
        assertThat(db.customer().count().fetch()).isEqualTo(12);
    }

    @Test
    void nestedOrdersLandWithTheirCustomer() {
        db.customer()
            .create(CustomerCreate.builder()
                .tenantId(4)
                .id("c1")
                .name("C")
                .score(1)
                .createdAt(Instant.EPOCH)
                .orders((orders) -> orders.create(OrderCreate.builder().id("o1").total(5).status("new").build())
                    .create(OrderCreate.builder().id("o2").total(7).status("paid").build()))
                .build())
            .execute();
        db.order()
            .create(OrderCreate.builder()
                .id("o3")
                .total(9)
                .status("new")
                .customer((customer) -> customer.connect(CustomerWhereUnique.tenantId_id(4, "c1")))
                .build())
            .execute();
        assertThat(column("s2", "Order", "id")).containsExactly("o1", "o2", "o3");
        assertThat(count("s0", "Order") + count("s1", "Order")).isZero();
    }

    @Test
    void reviewsLandOnTheShardOfTheIdTheRouterGenerates() {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reviews.add(db.review()
                .create(ReviewCreate.builder().tenantId(1).customerId("c1").stars(i % 5).build())
                .execute());
        }
        for (Review review : reviews) {
            String shard = ShardingStrategy.hash()
                .shardFor(new ShardKey("Review", List.of("id"), List.of(review.id())), SHARDS);
            assertThat(column(shard, "Review", "id")).contains(review.id());
        }
        assertThat(count("s0", "Review") + count("s1", "Review") + count("s2", "Review")).isEqualTo(12);
    }

    @Test
    void modelsWithoutAShardKeyLandOnTheDefaultShard() {
        db.auditEntry().create(AuditEntryCreate.builder().message("hello").tenantId(4).build()).execute();
        assertThat(column("s0", "AuditEntry", "message")).containsExactly("hello");
        assertThat(count("s1", "AuditEntry") + count("s2", "AuditEntry")).isZero();
        assertThat(db.auditEntry().findMany().fetch()).hasSize(1);
    }

    @Test
    void broadcastWritesLandOnEveryShard() {
        db.country().create(CountryCreate.builder().code("NL").name("Netherlands").build()).execute();
        db.country()
            .createMany(CountryCreate.builder().code("FR").name("France").build(),
                    CountryCreate.builder().code("DE").name("Germany").build())
            .execute();
        db.country().update(CountryWhereUnique.code("NL"), CountryUpdate.builder().name("Nederland").build()).execute();
        db.country().delete(CountryWhereUnique.code("DE")).execute();
        db.country()
            .upsert(CountryWhereUnique.code("BE"), CountryCreate.builder().code("BE").name("Belgium").build(),
                    CountryUpdate.builder().name("Belgique").build())
            .execute();
        for (String shard : SHARDS) {
            assertThat(column(shard, "Country", "code")).containsExactly("BE", "FR", "NL");
            assertThat(column(shard, "Country", "name")).containsExactly("Belgium", "France", "Nederland");
        }
        assertThat(decisions).extracting(RoutingDecision::reason).containsOnly(RoutingDecision.Reason.BROADCAST_WRITE);
        assertThat(decisions).allSatisfy((decision) -> assertThat(decision.shards()).isEqualTo(SHARDS));
    }

    @Test
    void aFailingBroadcastWriteLeavesEveryShardAsItWas() {
        db.country().create(CountryCreate.builder().code("NL").name("Netherlands").build()).execute();
        jdbc("s2").update("INSERT INTO \"Country\" (\"code\", \"name\") VALUES ('FR', 'only on s2')");
        assertThatExceptionOfType(dev.goofer.execution.UniqueConstraintViolationException.class)
            .isThrownBy(() -> db.country().create(CountryCreate.builder().code("FR").name("France").build()).execute());
        assertThat(column("s0", "Country", "code")).containsExactly("NL");
        assertThat(column("s1", "Country", "code")).containsExactly("NL");
        assertThat(column("s2", "Country", "code")).containsExactly("FR", "NL");
    }

    @Test
    void anInListReadsOnlyTheShardsOfItsValues() {
        for (int tenant = 1; tenant <= 12; tenant++) {
            customer(db, tenant, "c" + tenant);
        }
        statementShards.clear();
        List<Customer> found = db.customer()
            .findMany()
            .where(CustomerFields.TENANT_ID.in(4, 10, 7))
            .orderBy(CustomerFields.TENANT_ID.desc())
            .fetch();
        assertThat(found).extracting(Customer::tenantId).containsExactly(10, 7, 4);
        assertThat(statementShards).containsExactlyInAnyOrder("s0", "s2");
    }

    @Test
    void createManySplitsPerShardAndFailsEverywhereWhenOneShardFails() {
        long created = db.customer()
            .createMany(customerData(1, "a"), customerData(4, "b"), customerData(7, "c"), customerData(4, "d"))
            .execute();
        assertThat(created).isEqualTo(4);
        assertThat(column("s2", "Customer", "id")).containsExactly("b", "d");
        assertThatExceptionOfType(dev.goofer.execution.UniqueConstraintViolationException.class)
            .isThrownBy(() -> db.customer().createMany(customerData(1, "e"), customerData(4, "b")).execute());
        assertThat(column("s1", "Customer", "id")).containsExactly("a");
        assertThat(column("s2", "Customer", "id")).containsExactly("b", "d");
    }

    @Test
    void updatesAndDeletesRunOnTheShardOfTheirKey() {
        customer(db, 4, "c1");
        customer(db, 1, "c1");
        Customer updated = db.customer()
            .update(CustomerWhereUnique.tenantId_id(4, "c1"), CustomerUpdate.builder().name("renamed").build())
            .execute();
        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(column("s2", "Customer", "name")).containsExactly("renamed");
        assertThat(column("s1", "Customer", "name")).containsExactly("name-c1");
        long changed = db.customer()
            .updateMany(CustomerUpdate.builder().score(99).build())
            .where(CustomerFields.TENANT_ID.in(1, 4))
            .execute();
        assertThat(changed).isEqualTo(2);
        db.customer().delete(CustomerWhereUnique.tenantId_id(1, "c1")).execute();
        assertThat(count("s1", "Customer")).isZero();
        assertThat(count("s2", "Customer")).isEqualTo(1);
    }

    @Test
    void aShardKeyCannotChangeAndTheRowStaysPut() {
        customer(db, 4, "c1");
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> db.customer()
                .update(CustomerWhereUnique.tenantId_id(4, "c1"), CustomerUpdate.builder().tenantId(7).build())
                .execute())
            .withMessageContaining("changes shard key field \"tenantId\" of \"Customer\"");
        assertThat(column("s2", "Customer", "tenantId")).containsExactly(4);
        assertThat(count("s0", "Customer")).isZero();
    }

    @Test
    void writesWithoutAKeyFanOutOnlyWhenAllowed() {
        customer(db, 1, "a");
        customer(db, 4, "b");
        customer(db, 7, "c");
        assertThatExceptionOfType(ShardRoutingException.class).isThrownBy(() -> db.customer()
            .updateMany(CustomerUpdate.builder().score(0).build())
            .where(CustomerFields.SCORE.gt(5))
            .execute());
        try (ShardRouter fanningOut = new ShardRouter(configuration().writeFanOut(true).build())) {
            GooferClient client = new GooferClient(fanningOut);
            long changed = client.customer()
                .updateMany(CustomerUpdate.builder().score(0).build())
                .where(CustomerFields.SCORE.gt(5))
                .execute();
            assertThat(changed).isEqualTo(3);
            assertThat(client.customer().deleteMany().execute()).isEqualTo(3);
        }
        for (String shard : SHARDS) {
            assertThat(count(shard, "Customer")).isZero();
        }
    }

    @Test
    void anExplicitShardBypassesTheRouter() {
        customer(db, 1, "a");
        customer(db, 4, "b");
        assertThat(db.on("s2").customer().count().fetch()).isEqualTo(1);
        assertThat(db.customer().count().on("s1").fetch()).isEqualTo(1);
        db.on("s0").customer().create(customerData(4, "misplaced")).execute();
        assertThat(column("s0", "Customer", "id")).containsExactly("misplaced");
        assertThat(db.on("s1").queryRaw("SELECT COUNT(*) AS n FROM \"Customer\"").fetch()).hasSize(1);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> db.on("nowhere").customer().count().fetch())
            .withMessageContaining("Unknown shard \"nowhere\"");
    }

    @Test
    void rawSqlRunsOnTheDefaultShard() {
        customer(db, 7, "a");
        customer(db, 4, "b");
        List<?> rows = db.queryRaw("SELECT \"id\" FROM \"Customer\"").fetch();
        assertThat(rows).hasSize(1);
        assertThat(decisions.get(decisions.size() - 1).shards()).containsExactly("s0");
    }

    @Test
    void aRangeStrategyPlacesTenantsByBoundaries() {
        ShardingStrategy range = ShardingStrategy.range().below(5, "s0").below(10, "s1").rest("s2").build();
        try (ShardRouter ranged = new ShardRouter(configuration().strategy(range).build())) {
            GooferClient client = new GooferClient(ranged);
            for (int tenant = 1; tenant <= 12; tenant += 3) {
                customer(client, tenant, "c" + tenant);
            }
            assertThat(column("s0", "Customer", "tenantId")).containsExactly(1, 4);
            assertThat(column("s1", "Customer", "tenantId")).containsExactly(7);
            assertThat(column("s2", "Customer", "tenantId")).containsExactly(10);
            assertThat(client.customer().findMany().where(CustomerFields.TENANT_ID.eq(7)).fetch()).hasSize(1);
        }
    }

    @Test
    void ordersOfOneTenantUpdateThroughTheirCustomer() {
        customer(db, 4, "c1");
        db.order()
            .create(OrderCreate.builder()
                .id("o1")
                .total(1)
                .status("new")
                .customer((customer) -> customer.connect(CustomerWhereUnique.tenantId_id(4, "c1")))
                .build())
            .execute();
        long updated = db.order()
            .updateMany(OrderUpdate.builder().status("paid").build())
            .where(OrderFields.TENANT_ID.eq(4).and(OrderFields.CUSTOMER.is(CustomerFields.NAME.eq("name-c1"))))
            .execute();
        assertThat(updated).isEqualTo(1);
        assertThat(column("s2", "Order", "status")).containsExactly("paid");
    }

    @Test
    void readsOutsideTransactionsGoToReplicasAndWritesToPrimaries() {
        reference.auditEntry().create(AuditEntryCreate.builder().id(1).message("on the replica").build()).execute();
        Shard s0 = Shard.of("s0", shardExecutors.get(0)).withReplica(referenceExecutor);
        ShardingConfiguration.Builder builder = ShardingConfiguration
            .builder(dev.goofer.fixture.tenant.GooferSchema.SCHEMA)
            .shard(s0);
        for (int i = 1; i < SHARDS.size(); i++) {
            builder.shard(Shard.of(SHARDS.get(i), shardExecutors.get(i)));
        }
        try (ShardRouter replicated = new ShardRouter(builder.broadcast("Country").build())) {
            GooferClient client = new GooferClient(replicated);
            client.auditEntry().create(AuditEntryCreate.builder().id(2).message("on the primary").build()).execute();
            assertThat(client.auditEntry().findMany().fetch()).extracting(AuditEntry::message)
                .containsExactly("on the replica");
            List<AuditEntry> inTransaction = client.transaction((tx) -> tx.auditEntry().findMany().fetch());
            assertThat(inTransaction).extracting(AuditEntry::message).containsExactly("on the primary");
            List<AuditEntry> readOnly = client.transaction(TransactionOptions.DEFAULT.asReadOnly(),
                    (tx) -> tx.auditEntry().findMany().fetch());
            assertThat(readOnly).extracting(AuditEntry::message).containsExactly("on the replica");
            assertThat(replicated.health().check()).extracting(ShardHealth.ShardStatus::node)
                .containsExactly("primary", "replica-0", "primary", "primary");
            assertThat(replicated.describe().shards().get(0).replicas()).isEqualTo(1);
        }
        assertThat(column("s0", "AuditEntry", "message")).containsExactly("on the primary");
    }

    @Test
    void anUpsertRunsOnTheShardOfItsSelectorAndMustCreateThere() {
        Customer created = db.customer()
            .upsert(CustomerWhereUnique.tenantId_id(4, "c1"), customerData(4, "c1"),
                    CustomerUpdate.builder().score(1).build())
            .execute();
        assertThat(created.score()).isEqualTo(40);
        Customer updated = db.customer()
            .upsert(CustomerWhereUnique.tenantId_id(4, "c1"), customerData(4, "c1"),
                    CustomerUpdate.builder().score(1).build())
            .execute();
        assertThat(updated.score()).isEqualTo(1);
        assertThat(column("s2", "Customer", "score")).containsExactly(1);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> db.customer()
                .upsert(CustomerWhereUnique.tenantId_id(4, "c2"), customerData(7, "c2"),
                        CustomerUpdate.builder().score(1).build())
                .execute())
            .withMessageContaining("selects a record on shard \"s2\" but would create it on shard \"s0\"");
    }

    @Test
    void aCreateWithoutItsShardKeyWritesNothing() {
        dev.goofer.query.CreateData data = new dev.goofer.query.CreateData(
                List.of(new dev.goofer.query.FieldValue(CustomerFields.ID.meta(), "x"),
                        new dev.goofer.query.FieldValue(CustomerFields.NAME.meta(), "X"),
                        new dev.goofer.query.FieldValue(CustomerFields.SCORE.meta(), 1),
                        new dev.goofer.query.FieldValue(CustomerFields.CREATED_AT.meta(), Instant.EPOCH)),
                List.of());
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> router.execute(new dev.goofer.query.Operation.Create(CustomerFields.META, data,
                    dev.goofer.query.Projection.RECORDS), dev.goofer.execution.QueryOptions.DEFAULT))
            .withMessageContaining("shard key field \"tenantId\" of model \"Customer\" has no value");
        for (String shard : SHARDS) {
            assertThat(count(shard, "Customer")).isZero();
        }
    }

}
