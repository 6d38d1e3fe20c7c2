package dev.goofer.autoconfigure;

import java.util.Map;

import dev.goofer.autoconfigure.actuate.GooferDescriptor;
import dev.goofer.autoconfigure.actuate.GooferEndpoint;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.TagCreate;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code goofer} actuator endpoint without sharding.
 */
class GooferEndpointAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class,
                GooferCacheAutoConfiguration.class, GooferObservationAutoConfiguration.class,
                GooferEndpointAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName(), "goofer.schema.mode=push",
                "management.endpoints.web.exposure.include=goofer");

    @Test
    void endpointShowsSlowQueriesNewestFirstWithShapeCountsAndCacheStatistics() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.profiler.slow-query-threshold=0ms")
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().create(TagCreate.builder().name("java").build()).execute();
                db.tag().findMany().fetch();
                db.tag().findMany().fetch();
                db.tag().findMany().cache().fetch();
                db.tag().findMany().cache().fetch();
                db.tag().count().fetch();
                GooferDescriptor descriptor = context.getBean(GooferEndpoint.class).goofer();
                assertThat(descriptor.sharding()).isNull();
                GooferDescriptor.SlowQueries slow = descriptor.slowQueries();
                assertThat(slow).isNotNull();
                assertThat(slow.thresholdMs()).isZero();
                assertThat(slow.recent()).extracting(GooferDescriptor.Entry::operation)
                    .containsExactly("count", "find_many", "find_many", "find_many", "find_many", "create");
                assertThat(slow.recent().get(1).cached()).isEqualTo("hit");
                assertThat(slow.recent().get(2).cached()).isEqualTo("miss");
                assertThat(slow.recent().get(3).shapeCount()).isGreaterThanOrEqualTo(2)
                    .isEqualTo(slow.recent().get(4).shapeCount());
                assertThat(slow.recent().get(3).sql()).singleElement().asString().contains("SELECT");
                assertThat(slow.shapes().get(0).count()).isGreaterThanOrEqualTo(2);
                assertThat(slow.total()).isEqualTo(6);
                GooferDescriptor.Cache cache = descriptor.cache();
                assertThat(cache).isNotNull();
                assertThat(cache.hits()).isEqualTo(1);
                assertThat(cache.misses()).isEqualTo(1);
                assertThat(cache.defaultTtl()).isEqualTo("PT5M");
            });
    }

    @Test
    void deleteOperationsClearTheCacheAndTheSlowQueries() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.profiler.slow-query-threshold=0ms")
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().findMany().cache().fetch();
                GooferEndpoint endpoint = context.getBean(GooferEndpoint.class);
                assertThat(endpoint.clear("cache")).containsEntry("cleared", "cache");
                assertThat(endpoint.clear("slow-queries")).isEqualTo(Map.of("cleared", "slow-queries", "entries", 1L));
                assertThat(endpoint.goofer().slowQueries().recent()).isEmpty();
                assertThatExceptionOfType(InvalidEndpointRequestException.class)
                    .isThrownBy(() -> endpoint.clear("everything"));
            });
    }

    @Test
    void endpointLeavesOutWhatIsDisabled() {
        this.runner
            .withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.cache.enabled=false",
                    "goofer.profiler.enabled=false")
            .run((context) -> {
                GooferDescriptor descriptor = context.getBean(GooferEndpoint.class).goofer();
                assertThat(descriptor.cache()).isNull();
                assertThat(descriptor.slowQueries()).isNull();
            });
    }

    @Test
    void endpointBacksOffWhenNotExposed() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "management.endpoints.web.exposure.include=")
            .run((context) -> assertThat(context).doesNotHaveBean(GooferEndpoint.class));
    }

    @Test
    void endpointBacksOffWithoutActuator() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withClassLoader(new FilteredClassLoader(Endpoint.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(GooferEndpoint.class)
                .hasSingleBean(GooferClient.class));
    }

    @Test
    void noShardHealthWithoutShards() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .run((context) -> assertThat(context).doesNotHaveBean("gooferHealthContributor"));
    }

}
