package dev.goofer.autoconfigure;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.cache.QueryCacheSettings;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.TagCreate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query cache bean from {@code goofer.cache.*}.
 */
class GooferCacheAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class,
                GooferCacheAutoConfiguration.class, GooferObservationAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName(), "goofer.schema.mode=push");

    @Test
    void queryCacheIsOnByDefaultAndSitsBetweenTheClientAndTheDatabase() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl()).run((context) -> {
            assertThat(context).hasSingleBean(CachingQueryExecutor.class);
            CachingQueryExecutor cache = context.getBean(CachingQueryExecutor.class);
            assertThat(cache.delegate()).isSameAs(context.getBean(JdbcQueryExecutor.class));
            assertThat(cache.settings()).isEqualTo(QueryCacheSettings.DEFAULT);
            GooferClient db = context.getBean(GooferClient.class);
            db.tag().create(TagCreate.builder().name("java").build()).execute();
            db.tag().findMany().cache().fetch();
            db.tag().findMany().cache().fetch();
            assertThat(cache.stats().hits()).isEqualTo(1);
            assertThat(cache.stats().misses()).isEqualTo(1);
        });
    }

    @Test
    void cacheSettingsComeFromProperties() {
        this.runner
            .withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.cache.default-ttl=30s",
                    "goofer.cache.maximum-size=50", "goofer.cache.models=Tag,User", "goofer.cache.ttl.Tag=2m")
            .run((context) -> {
                QueryCacheSettings settings = context.getBean(CachingQueryExecutor.class).settings();
                assertThat(settings.defaultTtl()).isEqualTo(Duration.ofSeconds(30));
                assertThat(settings.maximumSize()).isEqualTo(50);
                assertThat(settings.cachedModels()).containsExactlyInAnyOrder("Tag", "User");
                assertThat(settings.modelTtls()).containsEntry("Tag", Duration.ofMinutes(2));
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().findMany().fetch();
                db.tag().findMany().fetch();
                assertThat(context.getBean(CachingQueryExecutor.class).stats().hits()).isEqualTo(1);
            });
    }

    @Test
    void unknownCachedModelFailsStartupNamingTheProperty() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.cache.models=Tags")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("goofer.cache.models names model \"Tags\""));
    }

    @Test
    void queryCacheBacksOffWhenDisabled() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.cache.enabled=false")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(CachingQueryExecutor.class).hasSingleBean(GooferClient.class);
                context.getBean(GooferClient.class).tag().findMany().cache().fetch();
            });
    }

    @Test
    void queryCacheBacksOffWhenCaffeineIsMissing() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withClassLoader(new FilteredClassLoader(Caffeine.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CachingQueryExecutor.class)
                .hasSingleBean(GooferClient.class));
    }

    @Test
    void queryCacheBacksOffForTheApplicationsOwnWhichTheClientUses() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("myCache", CachingQueryExecutor.class,
                    () -> CachingQueryExecutor
                        .builder(new GooferAutoConfigurationTests.RecordingExecutor(null), GooferSchema.SCHEMA)
                        .build())
            .run((context) -> {
                assertThat(context).hasSingleBean(CachingQueryExecutor.class).hasBean("myCache");
                GooferClient db = context.getBean(GooferClient.class);
                assertThat(db.executor().toString()).isNotNull();
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> db.tag().findMany().fetch()))
                    .isInstanceOf(UnsupportedOperationException.class);
            });
    }

    @Test
    void cacheStatisticsGoToTheMeterRegistryAsCacheGooferQuery() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                db.tag().findMany().cache().fetch();
                db.tag().findMany().cache().fetch();
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(
                        registry.get("cache.gets").tag("cache", "goofer.query").tag("result", "hit").counter().count())
                    .isEqualTo(1.0);
                assertThat(
                        registry.get("cache.gets").tag("cache", "goofer.query").tag("result", "miss").counter().count())
                    .isEqualTo(1.0);
            });
    }

}
