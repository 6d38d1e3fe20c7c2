package dev.goofer.sharding;

import java.util.List;

import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.tenant.CountryCreate;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static dev.goofer.sharding.PostgresShardRoutingTests.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A shard that is down fails the operations that need it, naming it; the other shards
 * keep serving. Tenant 7 lives on {@code s0}, 1 on {@code s1}, 4 on {@code s2}.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresShardFailureTests extends ShardedDatabases {

    /** A router whose {@code s1} is the given unreachable data source. */
    private static ShardRouter withDownShard(DriverManagerDataSource down) {
        JdbcQueryExecutor downExecutor = JdbcQueryExecutor.builder(down, GooferSchema.SCHEMA)
            .dialect(PostgresDialect.INSTANCE)
            .build();
        return new ShardRouter(ShardingConfiguration.builder(GooferSchema.SCHEMA)
            .shard(Shard.of("s0", shardExecutors.get(0)))
            .shard(Shard.of("s1", downExecutor))
            .shard(Shard.of("s2", shardExecutors.get(2)))
            .broadcast("Country")
            .build());
    }

    private static DriverManagerDataSource closedPort() {
        return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=2");
    }

    @Test
    void aDownShardFailsTheQueriesThatNeedItWhileTheOthersServe() {
        customer(db, 7, "a");
        customer(db, 4, "b");
        try (ShardRouter router = withDownShard(closedPort())) {
            GooferClient client = new GooferClient(router);
            assertThat(client.customer().findMany().where(CustomerFields.TENANT_ID.eq(7)).fetch()).hasSize(1);
            assertThat(client.customer().findMany().where(CustomerFields.TENANT_ID.in(4, 7)).fetch()).hasSize(2);
            customer(client, 4, "c");
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.customer().findMany().where(CustomerFields.TENANT_ID.eq(1)).fetch())
                .withMessageStartingWith("Shard \"s1\" is unavailable: Customer.find_many failed")
                .satisfies((ex) -> assertThat(ex.shard()).isEqualTo("s1"));
            assertThatExceptionOfType(ShardUnavailableException.class).isThrownBy(() -> customer(client, 1, "d"))
                .withMessageStartingWith("Shard \"s1\" is unavailable: Customer.create failed");
        }
        assertThat(column("s2", "Customer", "id")).containsExactly("b", "c");
    }

    @Test
    void aFanOutOverADownShardFailsRatherThanReturnAPartialResult() {
        customer(db, 7, "a");
        try (ShardRouter router = withDownShard(closedPort())) {
            GooferClient client = new GooferClient(router);
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.customer().findMany().fetch())
                .withMessageContaining("\"s1\"");
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.customer().count().fetch())
                .withMessageContaining("Customer.count");
        }
    }

    @Test
    void aBroadcastWriteFailsOnADownShardAndChangesNoOtherShard() {
        try (ShardRouter router = withDownShard(closedPort())) {
            GooferClient client = new GooferClient(router);
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.country()
                    .create(CountryCreate.builder().code("NL").name("Netherlands").build())
                    .execute())
                .withMessageContaining("\"s1\"");
        }
        assertThat(count("s0", "Country") + count("s2", "Country")).isZero();
    }

    @Test
    void aTransactionCannotBindToADownShard() {
        try (ShardRouter router = withDownShard(closedPort())) {
            GooferClient client = new GooferClient(router);
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.transaction((tx) -> customer(tx, 1, "a")))
                .withMessageContaining("\"s1\"");
            client.transaction((tx) -> customer(tx, 4, "b"));
        }
        assertThat(count("s2", "Customer")).isEqualTo(1);
    }

    @Test
    void aDroppedDatabaseIsADownShard() {
        TestDatabase dropped = TestDatabases.create(kind, adminUrl, "sharding_dropped");
        TestDatabases.drop(dropped, adminUrl);
        try (ShardRouter router = withDownShard(new DriverManagerDataSource(dropped.jdbcUrl()))) {
            GooferClient client = new GooferClient(router);
            assertThatExceptionOfType(ShardUnavailableException.class)
                .isThrownBy(() -> client.customer().count().where(CustomerFields.TENANT_ID.eq(1)).fetch())
                .withMessageStartingWith("Shard \"s1\" is unavailable: Customer.count failed")
                .withMessageContaining("does not exist");
            assertThat(client.customer().count().where(CustomerFields.TENANT_ID.eq(4)).fetch()).isZero();
        }
    }

    @Test
    void healthReportsEachShard() {
        assertThat(router.health().check()).extracting(ShardHealth.ShardStatus::up).containsExactly(true, true, true);
        try (ShardRouter router = withDownShard(closedPort())) {
            List<ShardHealth.ShardStatus> statuses = router.health().check();
            assertThat(statuses).extracting(ShardHealth.ShardStatus::shard).containsExactly("s0", "s1", "s2");
            assertThat(statuses).extracting(ShardHealth.ShardStatus::node).containsOnly("primary");
            assertThat(statuses).extracting(ShardHealth.ShardStatus::up).containsExactly(true, false, true);
            assertThat(statuses.get(1).error()).isNotBlank();
            assertThat(router.health().check("s2").get(0).up()).isTrue();
        }
    }

}
