package dev.goofer.sharding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.goofer.execution.QueryOptions;
import dev.goofer.fixture.tenant.AuditEntryWhereUnique;
import dev.goofer.fixture.tenant.CountryCreate;
import dev.goofer.fixture.tenant.CountryFields;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.CustomerUpdate;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.fixture.tenant.OrderCreate;
import dev.goofer.fixture.tenant.OrderFields;
import dev.goofer.fixture.tenant.ReviewCreate;
import dev.goofer.fixture.tenant.ReviewFields;
import dev.goofer.fixture.tenant.ReviewWhereUnique;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Routing decisions and merges with fake shard executors. Tenants 7, 8, 9 hash to
 * {@code s0}; 1, 2, 3, 5, 6, 12 to {@code s1}; 4, 10, 11 to {@code s2}.
 */
class ShardRouterTests {

    private final List<FakeExecutor> shards = List.of(new FakeExecutor("s0"), new FakeExecutor("s1"),
            new FakeExecutor("s2"));

    private final List<RoutingDecision> decisions = new ArrayList<>();

    private ShardRouter router;

    private GooferClient db;

    @BeforeEach
    void route() {
        this.router = new ShardRouter(configuration().build());
        this.db = new GooferClient(this.router);
        for (FakeExecutor shard : this.shards) {
            shard.answer = ShardRouterTests::emptyAnswer;
        }
    }

    @AfterEach
    void close() {
        this.router.close();
    }

    private ShardingConfiguration.Builder configuration() {
        ShardingConfiguration.Builder builder = ShardingConfiguration.builder(GooferSchema.SCHEMA);
        this.shards.forEach((shard) -> builder.shard(shard.asShard()));
        return builder.broadcast("Country").listener(this.decisions::add);
    }

    private FakeExecutor shard(String name) {
        return this.shards.get(List.of("s0", "s1", "s2").indexOf(name));
    }

    static Object emptyAnswer(Operation<?> operation) {
        if (operation instanceof Operation.FindMany) {
            return List.of();
        }
        if (operation instanceof Operation.CreateMany || operation instanceof Operation.UpdateMany
                || operation instanceof Operation.DeleteMany) {
            return 0L;
        }
        ModelMeta model = operation.model();
        return new Row(model, new Object[model.fields().size()], new boolean[model.fields().size()], null);
    }

    static Row customer(int tenant, String id, int score) {
        ModelMeta model = CustomerFields.META;
        @Nullable Object[] values = new Object[model.fields().size()];
        boolean[] loaded = new boolean[values.length];
        values[0] = tenant;
        values[1] = id;
        values[2] = "name-" + id;
        values[4] = "FREE";
        values[5] = score;
        values[8] = Instant.EPOCH;
        for (int i = 0; i < 10; i++) {
            loaded[i] = true;
        }
        return new Row(model, values, loaded, null);
    }

    @Test
    void aReadWithTheShardKeyRunsOnItsShardOnly() {
        this.db.customer().findMany().where(CustomerFields.TENANT_ID.eq(7)).fetch();
        assertThat(shard("s0").operations).hasSize(1);
        assertThat(shard("s1").operations).isEmpty();
        assertThat(shard("s2").operations).isEmpty();
        assertThat(this.decisions).containsExactly(
                new RoutingDecision("Customer", "find_many", List.of("s0"), RoutingDecision.Reason.SHARD_KEY));
        assertThat(shard("s0").options.get(0).shard()).isEqualTo("s0");
    }

    @Test
    void anInListIsSplitPerShard() {
        this.db.customer()
            .findMany()
            .where(CustomerFields.TENANT_ID.in(1, 4, 7, 8).and(CustomerFields.SCORE.gt(3)))
            .fetch();
        assertThat(this.decisions.get(0).shards()).containsExactly("s0", "s1", "s2");
        assertThat(this.decisions.get(0).reason()).isEqualTo(RoutingDecision.Reason.SHARD_KEY);
        assertThat(inValues(shard("s0"))).containsExactly(7, 8);
        assertThat(inValues(shard("s1"))).containsExactly(1);
        assertThat(inValues(shard("s2"))).containsExactly(4);
    }

    private static List<Object> inValues(FakeExecutor shard) {
        Filter where = shard.only(Operation.FindMany.class).args().where();
        for (Filter filter : ((Filter.And) where).filters()) {
            if (filter instanceof Filter.In in) {
                return in.values();
            }
        }
        throw new AssertionError("No in list in " + where);
    }

    @Test
    void aConditionOnTwoTenantsThroughOrRunsOnTheirShards() {
        this.db.customer().findMany().where(CustomerFields.TENANT_ID.eq(4).or(CustomerFields.TENANT_ID.eq(10))).fetch();
        assertThat(this.decisions.get(0).shards()).containsExactly("s2");
        this.db.customer().findMany().where(CustomerFields.TENANT_ID.eq(4).or(CustomerFields.SCORE.eq(10))).fetch();
        assertThat(this.decisions.get(1).reason()).isEqualTo(RoutingDecision.Reason.FAN_OUT);
    }

    @Test
    void aReadWithoutTheShardKeyFansOutAndMergesInOrder() {
        shard("s0").answer = (operation) -> List.of(customer(7, "a", 1), customer(8, "d", 5));
        shard("s1").answer = (operation) -> List.of(customer(1, "b", 2), customer(2, "e", 6));
        shard("s2").answer = (operation) -> List.of(customer(4, "c", 3), customer(10, "f", 9));
        List<String> ids = new ArrayList<>();
        this.db.customer()
            .findMany()
            .orderBy(CustomerFields.SCORE.asc())
            .skip(1)
            .take(3)
            .fetch()
            .forEach((customer) -> ids.add(customer.id()));
        assertThat(ids).containsExactly("b", "c", "d");
        assertThat(this.decisions.get(0).reason()).isEqualTo(RoutingDecision.Reason.FAN_OUT);
        assertThat(this.decisions.get(0).fanOut()).isEqualTo(3);
        Operation.FindMany pushed = shard("s1").only(Operation.FindMany.class);
        assertThat(pushed.args().take()).isEqualTo(4);
        assertThat(pushed.args().skip()).isNull();
        assertThat(pushed.args().orderBy()).hasSize(3);
        for (FakeExecutor shard : this.shards) {
            assertThat(shard.contextShards).containsExactly(shard.shard);
        }
    }

    @Test
    void aNegativeTakeIsPushedDownAndCountedFromTheEnd() {
        shard("s0").answer = (operation) -> List.of(customer(7, "a", 1), customer(8, "d", 5));
        shard("s1").answer = (operation) -> List.of(customer(1, "b", 2), customer(2, "e", 6));
        shard("s2").answer = (operation) -> List.of(customer(4, "c", 3), customer(10, "f", 9));
        List<String> ids = new ArrayList<>();
        this.db.customer()
            .findMany()
            .orderBy(CustomerFields.SCORE.asc())
            .skip(1)
            .take(-2)
            .fetch()
            .forEach((customer) -> ids.add(customer.id()));
        assertThat(ids).containsExactly("d", "e");
        assertThat(shard("s0").only(Operation.FindMany.class).args().take()).isEqualTo(-3);
    }

    @Test
    void aMergeOfMoreRowsThanAllowedFailsClearly() {
        this.router.close();
        this.router = new ShardRouter(configuration().maxMergeRows(3).build());
        for (FakeExecutor shard : this.shards) {
            shard.answer = (operation) -> List.of(customer(1, shard.shard + "1", 1), customer(1, shard.shard + "2", 1));
        }
        assertThatExceptionOfType(ShardMergeLimitException.class)
            .isThrownBy(() -> new GooferClient(this.router).customer().findMany().fetch())
            .withMessageContaining("Customer.find_many read 6 rows from several shards")
            .withMessageContaining("maximum of 3");
    }

    @Test
    void anExplicitShardWinsAndAnUnknownOneFails() {
        this.db.on("s2").customer().findMany().where(CustomerFields.TENANT_ID.eq(7)).fetch();
        assertThat(shard("s2").operations).hasSize(1);
        assertThat(shard("s0").operations).isEmpty();
        assertThat(this.decisions.get(0).reason()).isEqualTo(RoutingDecision.Reason.OVERRIDE);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.on("s9").customer().findMany().fetch())
            .withMessage("Unknown shard \"s9\"; the configured shards are [s0, s1, s2]");
    }

    @Test
    void modelsWithoutAShardKeyAndBroadcastReadsUseTheDefaultShard() {
        this.db.auditEntry().findMany().fetch();
        this.db.country().findMany().where(CountryFields.CODE.eq("NL")).fetch();
        assertThat(shard("s0").operations).hasSize(2);
        assertThat(this.decisions).extracting(RoutingDecision::reason)
            .containsExactly(RoutingDecision.Reason.DEFAULT_SHARD, RoutingDecision.Reason.BROADCAST_READ);
    }

    @Test
    void aCreateWithoutItsShardKeyFailsNamingModelAndField() {
        CreateData data = new CreateData(
                List.of(new FieldValue(CustomerFields.ID.meta(), "x"), new FieldValue(CustomerFields.NAME.meta(), "X")),
                List.of());
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.router.execute(new Operation.Create(CustomerFields.META, data, Projection.RECORDS),
                    QueryOptions.DEFAULT))
            .withMessage("Customer.create: shard key field \"tenantId\" of model \"Customer\" has no value; a "
                    + "record's shard key names its shard, so every create must set it");
        this.shards.forEach((shard) -> assertThat(shard.operations).isEmpty());
    }

    @Test
    void aCreateTakesItsShardKeyFromTheConnectedParent() {
        this.db.order()
            .create(OrderCreate.builder()
                .id("o1")
                .total(5)
                .status("new")
                .customer((customer) -> customer.connect(CustomerWhereUnique.tenantId_id(5, "c1")))
                .build())
            .execute();
        assertThat(shard("s1").operations).hasSize(1);
    }

    @Test
    void aClientGeneratedShardKeyIsGeneratedBeforeRouting() {
        this.db.review().create(ReviewCreate.builder().tenantId(1).customerId("c1").stars(4).build()).execute();
        RoutingDecision decision = this.decisions.get(0);
        Operation.Create create = shard(decision.shards().get(0)).only(Operation.Create.class);
        Object id = create.data().values().get(create.data().values().size() - 1).value();
        assertThat(id).isInstanceOf(String.class);
        assertThat(ShardingStrategy.hash()
            .shardFor(new ShardKey("Review", List.of("id"), List.of(id)), List.of("s0", "s1", "s2")))
            .isEqualTo(decision.shards().get(0));
    }

    @Test
    void changingAShardKeyIsRefused() {
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.customer()
                .update(CustomerWhereUnique.tenantId_id(1, "c1"), CustomerUpdate.builder().tenantId(2).build())
                .execute())
            .withMessageStartingWith("Customer.update changes shard key field \"tenantId\" of \"Customer\"");
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.customer().updateMany(CustomerUpdate.builder().tenantId(2).build()).execute());
    }

    @Test
    void aUniqueWriteWithoutTheShardKeyFails() {
        this.router.close();
        this.router = new ShardRouter(configuration().shardKey("AuditEntry", "message").build());
        GooferClient client = new GooferClient(this.router);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> client.auditEntry().delete(AuditEntryWhereUnique.id(1)).execute())
            .withMessage("AuditEntry.delete: the unique selector does not fix shard key [message] of model "
                    + "\"AuditEntry\"; add the key to the selector (or run on one shard with on(...))");
        this.db.review().delete(ReviewWhereUnique.id("r1")).execute();
        assertThat(this.decisions).hasSize(1);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.order().deleteMany().where(OrderFields.STATUS.eq("new")).execute())
            .withMessageContaining("writes do not fan out");
    }

    @Test
    void aBroadcastCreateNeedsIdsThatEveryShardShares() {
        this.router.close();
        this.router = new ShardRouter(configuration().broadcast("AuditEntry").build());
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> new GooferClient(this.router).auditEntry()
                .create(dev.goofer.fixture.tenant.AuditEntryCreate.builder().message("hi").build())
                .execute())
            .withMessageContaining("field \"id\" is generated by each database");
    }

    @Test
    void nestedWritesStayOnTheParentsShard() {
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.customer()
                .create(CustomerCreate.builder()
                    .tenantId(1)
                    .id("c1")
                    .name("C")
                    .score(1)
                    .createdAt(Instant.EPOCH)
                    .reviews((reviews) -> reviews.create(ReviewCreate.builder().stars(3).build()))
                    .build())
                .execute())
            .withMessageContaining("nested create of \"Customer.reviews\"")
            .withMessageContaining("needs the shard key [id] of \"Review\"");
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.customer()
                .update(CustomerWhereUnique.tenantId_id(1, "c1"), CustomerUpdate.builder()
                    .country(
                            (country) -> country.create(CountryCreate.builder().code("NL").name("Netherlands").build()))
                    .build())
                .execute())
            .withMessageContaining("writes broadcast model \"Country\"");
        this.shards.forEach((shard) -> assertThat(shard.operations).isEmpty());
    }

    @Test
    void relationFiltersMustBeCoLocated() {
        this.db.order().findMany().where(OrderFields.CUSTOMER.is(CustomerFields.SCORE.gt(3))).fetch();
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> this.db.customer()
                .findMany()
                .where(CustomerFields.REVIEWS.some(ReviewFields.STARS.gt(3)))
                .fetch())
            .withMessageContaining("filters on relation \"Customer.reviews\"");
    }

    @Test
    void aShardThatCannotBeReachedFailsTheFanOutNamingIt() {
        shard("s1").answer = (operation) -> {
            throw new CannotGetJdbcConnectionException("Connection refused");
        };
        assertThatExceptionOfType(ShardUnavailableException.class)
            .isThrownBy(() -> this.db.customer().findMany().fetch())
            .withMessageStartingWith("Shard \"s1\" is unavailable: Customer.find_many failed")
            .satisfies((ex) -> assertThat(ex.shard()).isEqualTo("s1"));
        assertThat(this.db.customer().findMany().where(CustomerFields.TENANT_ID.eq(7)).fetch()).isEmpty();
    }

    @Test
    void otherFailuresOfAShardPassUnchanged() {
        UncategorizedSQLException failure = new UncategorizedSQLException("task", "SELECT",
                new java.sql.SQLException("boom", "42000"));
        shard("s2").answer = (operation) -> {
            throw failure;
        };
        assertThatExceptionOfType(UncategorizedSQLException.class).isThrownBy(() -> this.db.customer().count().fetch())
            .isSameAs(failure);
    }

    @Test
    void aFanOutThatTakesTooLongFailsNamingTheSlowShards() throws Exception {
        this.router.close();
        this.router = new ShardRouter(configuration().fanOutTimeout(Duration.ofMillis(200)).build());
        CountDownLatch release = new CountDownLatch(1);
        shard("s2").answer = (operation) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        try {
            assertThatExceptionOfType(ShardTimeoutException.class)
                .isThrownBy(() -> new GooferClient(this.router).customer().findMany().fetch())
                .satisfies((ex) -> assertThat(ex.shards()).containsExactly("s2"));
        }
        finally {
            release.countDown();
        }
    }

    @Test
    void countsAddUpAcrossShards() {
        shard("s0").answer = (operation) -> Map.of("_all", 2L);
        shard("s1").answer = (operation) -> Map.of("_all", 3L);
        shard("s2").answer = (operation) -> Map.of("_all", 0L);
        assertThat(this.db.customer().count().fetch()).isEqualTo(5);
    }

    @Test
    void theDescriptionListsShardsAndPlacements() {
        ShardingDescription description = this.router.describe();
        assertThat(description.shards()).extracting(ShardingDescription.ShardInfo::name)
            .containsExactly("s0", "s1", "s2");
        assertThat(description.defaultShard()).isEqualTo("s0");
        assertThat(description.models()).extracting(ShardingDescription.ModelPlacement::placement)
            .containsExactly("broadcast", "sharded", "sharded", "sharded", "default-shard");
        assertThat(description.models().get(3).shardKey()).containsExactly("id");
        assertThat(description.strategy()).startsWith("hash");
    }

    @Test
    void theConfigurationIsValidated() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> configuration().defaultShard("s7").build())
            .withMessageContaining("Default shard \"s7\"");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> configuration().broadcast("Customer").build())
            .withMessageContaining("Model \"Customer\" has a shard key [tenantId] and cannot also be broadcast");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> configuration().shardKey("AuditEntry", "tenantId").build())
            .withMessageContaining("must be a required scalar field");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> configuration().broadcast("Currency").build())
            .withMessageContaining("model \"Currency\"");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> configuration().shard(shard("s0").asShard()))
            .withMessageContaining("shard \"s0\" was already added");
        assertThat(configuration().shardKey("AuditEntry", "message")
            .build()
            .shardKey(dev.goofer.fixture.tenant.AuditEntryFields.META)).containsExactly("message");
    }

    @Test
    void theRoutingListenerAndContextSeeEveryDecision() {
        this.db.customer().findMany().where(CustomerFields.TENANT_ID.in(1, 4)).fetch();
        assertThat(this.decisions.get(0).shardTag(3)).isEqualTo("s1,s2");
        assertThat(this.decisions.get(0).fanOut()).isEqualTo(2);
        assertThat(ShardContext.current()).isNull();
        assertThat(
                new RoutingDecision("Customer", "find_many", List.of("s0", "s1", "s2"), RoutingDecision.Reason.FAN_OUT)
                    .shardTag(3))
            .isEqualTo("*");
        assertThat(shard("s1").options.get(0)).isEqualTo(QueryOptions.DEFAULT.withShard("s1"));
    }

    @Test
    void anImplicitManyToManyRelationCannotBeFollowedAcrossShards() {
        ShardingConfiguration.Builder builder = ShardingConfiguration
            .builder(dev.goofer.fixture.blog.GooferSchema.SCHEMA);
        this.shards.forEach((shard) -> builder.shard(shard.asShard()));
        try (ShardRouter blog = new ShardRouter(builder.shardKey("Post", "authorId").broadcast("Tag").build())) {
            dev.goofer.fixture.blog.GooferClient client = new dev.goofer.fixture.blog.GooferClient(blog);
            assertThatExceptionOfType(ShardRoutingException.class)
                .isThrownBy(() -> client.tag().findMany().include(dev.goofer.fixture.blog.TagFields.POSTS).fetch())
                .withMessageContaining("reads relation \"Tag.posts\" across shards; an implicit many-to-many");
            client.post().findMany().include(dev.goofer.fixture.blog.PostFields.TAGS).fetch();
            assertThat(this.shards).allSatisfy((shard) -> assertThat(shard.operations).hasSize(1));
        }
    }

    @Test
    void aHealthProbeThatHangsReportsTheShardDown() {
        FakeExecutor.NoDataSource hanging = new FakeExecutor.NoDataSource("s1");
        CountDownLatch release = new CountDownLatch(1);
        hanging.hang = release;
        ShardingConfiguration.Builder builder = ShardingConfiguration.builder(GooferSchema.SCHEMA)
            .shard(shard("s0").asShard())
            .shard(new Shard("s1", shard("s1"), hanging, dev.goofer.sql.PostgresDialect.INSTANCE, List.of()));
        try (ShardRouter router = new ShardRouter(builder.build())) {
            List<ShardHealth.ShardStatus> statuses = router.health().check(Duration.ofMillis(300));
            assertThat(statuses).extracting(ShardHealth.ShardStatus::up).containsExactly(false, false);
            assertThat(statuses.get(0).error()).contains("No database behind fake shard s0");
            assertThat(statuses.get(1).error()).isEqualTo("No answer within PT0.3S");
        }
        finally {
            release.countDown();
        }
    }

}
