package dev.goofer.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.autoconfigure.actuate.GooferDescriptor;
import dev.goofer.autoconfigure.actuate.GooferEndpoint;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.sharding.ShardRouter;
import dev.goofer.sharding.ShardingDescription;
import dev.goofer.sharding.ShardingStrategy;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shard router from {@code goofer.shards.*} and {@code goofer.routing.*} over three
 * real PostgreSQL databases.
 */
class GooferShardingAutoConfigurationTests {

    private static ShardedDatabases shards;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class,
                GooferCacheAutoConfiguration.class, GooferObservationAutoConfiguration.class,
                GooferShardingAutoConfiguration.class, GooferEndpointAutoConfiguration.class,
                MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, DataSourcePoolMetricsAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName(), "goofer.schema.mode=push",
                "goofer.routing.broadcast-models=Country", "management.endpoints.web.exposure.include=goofer");

    @BeforeAll
    static void createShards() {
        shards = ShardedDatabases.create("autoconfigure_shard");
    }

    @AfterAll
    static void dropShards() {
        if (shards != null) {
            shards.drop();
        }
    }

    @BeforeEach
    void emptyShards() {
        for (int i = 0; i < 3; i++) {
            shards.shard(i).jdbc().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    @Test
    void shardsBecomeARouterOverOnePoolPerShardNamedAfterIt() {
        this.runner.withPropertyValues(shards.properties()).run((context) -> {
            assertThat(context).hasSingleBean(ShardRouter.class)
                .doesNotHaveBean(JdbcQueryExecutor.class)
                .hasSingleBean(GooferClient.class);
            assertThat(context.getBean("s1DataSource", HikariDataSource.class).getPoolName()).isEqualTo("s1");
            ShardingDescription description = context.getBean(ShardRouter.class).describe();
            assertThat(description.shards()).extracting(ShardingDescription.ShardInfo::name)
                .containsExactly("s0", "s1", "s2");
            assertThat(description.defaultShard()).isEqualTo("s0");
            assertThat(description.models()).extracting(ShardingDescription.ModelPlacement::placement)
                .contains("sharded", "broadcast", "default-shard");
            assertThat(context.getBean(MeterRegistry.class).get("hikaricp.connections").tag("pool", "s2").gauge())
                .isNotNull();
        });
    }

    @Test
    void rangesFromPropertiesPutRowsOnTheirShards() {
        this.runner.withPropertyValues(shards.properties())
            .withPropertyValues("goofer.routing.strategy=range", "goofer.routing.ranges[0].below=100",
                    "goofer.routing.ranges[0].shard=s2", "goofer.routing.ranges[1].below=200",
                    "goofer.routing.ranges[1].shard=s0", "goofer.routing.ranges[2].shard=s1",
                    "goofer.routing.models.Review.strategy=hash")
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                customer(db, 5, "a");
                customer(db, 150, "b");
                customer(db, 999, "c");
                assertThat(tenants(0)).containsExactly(150);
                assertThat(tenants(1)).containsExactly(999);
                assertThat(tenants(2)).containsExactly(5);
                assertThat(db.customer().findMany().orderBy(CustomerFields.TENANT_ID.desc()).fetch())
                    .extracting(Customer::tenantId)
                    .containsExactly(999, 150, 5);
                assertThat(context.getBean(ShardRouter.class).describe().strategy()).startsWith("range");
            });
    }

    @Test
    void shardingStrategyBeanReplacesTheConfiguredStrategy() {
        this.runner.withPropertyValues(shards.properties())
            .withBean(ShardingStrategy.class, () -> (key, names) -> "s2")
            .run((context) -> {
                customer(context.getBean(GooferClient.class), 1, "a");
                assertThat(tenants(2)).containsExactly(1);
                assertThat(tenants(0)).isEmpty();
            });
    }

    @Test
    void healthHasOneIndicatorPerShard() {
        this.runner.withPropertyValues(shards.properties()).run((context) -> {
            CompositeHealthContributor health = context.getBean("gooferHealthContributor",
                    CompositeHealthContributor.class);
            for (String shard : List.of("s0", "s1", "s2")) {
                Health status = ((HealthIndicator) health.getContributor(shard)).health();
                assertThat(status.getStatus()).isEqualTo(Status.UP);
                assertThat(status.getDetails()).containsKey("primary");
            }
        });
    }

    @Test
    void endpointShowsTheShards() {
        this.runner.withPropertyValues(shards.properties()).run((context) -> {
            GooferDescriptor descriptor = context.getBean(GooferEndpoint.class).goofer();
            assertThat(descriptor.client()).isEqualTo(GooferClient.class.getName());
            assertThat(descriptor.sharding()).isNotNull();
            assertThat(descriptor.sharding().shards()).extracting(ShardingDescription.ShardInfo::name)
                .containsExactly("s0", "s1", "s2");
            assertThat(descriptor.sharding().models()).filteredOn((placement) -> placement.model().equals("Country"))
                .extracting(ShardingDescription.ModelPlacement::placement)
                .containsExactly("broadcast");
        });
    }

    @Test
    void unknownShardInRoutingFailsStartupNamingTheProperty() {
        this.runner.withPropertyValues(shards.properties())
            .withPropertyValues("goofer.routing.default-shard=s9")
            .run((context) -> {
                assertThat(context).hasFailed();
                InvalidShardingConfigurationException failure = Failures.find(context.getStartupFailure(),
                        InvalidShardingConfigurationException.class);
                assertThat(failure.getProperty()).isEqualTo("goofer.routing.default-shard");
                FailureAnalysis analysis = new InvalidShardingConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("names shard \"s9\"");
                assertThat(analysis.getAction()).contains("goofer.routing.default-shard").contains("[s0, s1, s2]");
            });
    }

    @Test
    void unreachableShardFailsStartupNamingTheShard() {
        this.runner.withPropertyValues(shards.properties())
            .withPropertyValues("goofer.shards.s1.url=" + shards.shard(1).jdbcUrl().replace("autoconfigure", "missing"),
                    "goofer.shards.s1.pool.connection-timeout=2s")
            .run((context) -> {
                assertThat(context).hasFailed();
                ShardUnreachableException failure = Failures.find(context.getStartupFailure(),
                        ShardUnreachableException.class);
                assertThat(failure.getShard()).isEqualTo("s1");
                FailureAnalysis analysis = new ShardUnreachableFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("Shard \"s1\"").contains("cannot be reached");
                assertThat(analysis.getAction()).contains("goofer.shards.s1.url");
            });
    }

    private static void customer(GooferClient db, int tenant, String id) {
        db.customer()
            .create(CustomerCreate.builder()
                .tenantId(tenant)
                .id(id)
                .name("Customer " + id)
                .score(1)
                .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build())
            .execute();
    }

    private static List<Integer> tenants(int shard) {
        return shards.shard(shard)
            .jdbc()
            .queryForList("SELECT \"tenantId\" FROM \"Customer\" ORDER BY 1", Integer.class);
    }

}
