package dev.goofer.autoconfigure;

import java.util.List;

import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.profiling.SlowQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slow-query profiler bean from {@code goofer.profiler.*}, and the metrics it
 * records.
 */
class GooferObservationAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class,
                GooferCacheAutoConfiguration.class, GooferObservationAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName(), "goofer.schema.mode=push");

    @Test
    void everyQueryIsTimedAsGooferQueryWithLowCardinalityTags() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> {
                assertThat(context).hasSingleBean(QueryProfiler.class);
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().create(TagCreate.builder().name("java").build()).execute();
                db.tag().findMany().cache().fetch();
                db.tag().findMany().cache().fetch();
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                Timer create = registry.get("goofer.query")
                    .tags("model", "Tag", "operation", "create", "outcome", "success", "shard", "default", "dialect",
                            "sqlite", "cached", "none")
                    .timer();
                assertThat(create.count()).isEqualTo(1);
                assertThat(registry.get("goofer.query").tags("operation", "find_many", "cached", "hit").timer().count())
                    .isEqualTo(1);
                assertThat(
                        registry.get("goofer.query").tags("operation", "find_many", "cached", "miss").timer().count())
                    .isEqualTo(1);
            });
    }

    @Test
    void slowQueriesAreCountedAndKeptNewestFirst() {
        this.runner
            .withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.profiler.slow-query-threshold=0ms",
                    "goofer.profiler.slow-query-capacity=2", "goofer.profiler.log-parameters=true")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().create(TagCreate.builder().name("java").build()).execute();
                db.tag().count().fetch();
                db.tag().findMany().fetch();
                QueryProfiler profiler = context.getBean(QueryProfiler.class);
                assertThat(profiler.settings().capacity()).isEqualTo(2);
                List<SlowQuery> entries = profiler.slowQueryLog().entries();
                assertThat(entries).extracting(SlowQuery::operation).containsExactly("find_many", "count");
                assertThat(entries.get(0).sql()).singleElement().asString().contains("FROM \"Tag\"");
                assertThat(profiler.slowQueryLog().total()).isEqualTo(3);
                assertThat(context.getBean(MeterRegistry.class).get("goofer.query.slow").counters()).hasSize(3);
            });
    }

    @Test
    void queriesBecomeObservationsWhenAnObservationRegistryIsDefined() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .run((context) -> {
                context.getBean(GooferClient.class).tag().findMany().fetch();
                TestObservationRegistry registry = (TestObservationRegistry) context.getBean(ObservationRegistry.class);
                TestObservationRegistryAssert.assertThat(registry)
                    .hasObservationWithNameEqualTo("goofer.query")
                    .that()
                    .hasLowCardinalityKeyValue("model", "Tag")
                    .hasLowCardinalityKeyValue("operation", "find_many");
            });
    }

    @Test
    void profilerBacksOffWhenDisabled() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.profiler.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(QueryProfiler.class)
                .doesNotHaveBean(ProfilerInstrumentation.class)
                .hasSingleBean(GooferClient.class));
    }

    @Test
    void profilerBacksOffWhenMicrometerIsMissing() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
            .run((context) -> {
                assertThat(context).doesNotHaveBean(QueryProfiler.class).hasSingleBean(GooferClient.class);
                assertThat(context.getBean(GooferClient.class).tag().count().fetch()).isZero();
            });
    }

    @Test
    void profilerBacksOffForTheApplicationsOwnWhichTheChainUses() {
        QueryProfiler mine = QueryProfiler.builder().build();
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("myProfiler", QueryProfiler.class, () -> mine)
            .run((context) -> {
                assertThat(context).hasSingleBean(QueryProfiler.class).hasBean("myProfiler");
                assertThat(context.getBean(GooferClient.class).executor().getClass().getSimpleName())
                    .isEqualTo("ProfilingQueryExecutor");
            });
    }

}
