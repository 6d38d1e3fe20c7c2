package dev.goofer.autoconfigure;

import dev.goofer.fixture.blog.GooferClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup mistakes that the failure analyzers explain, on a context without Spring Boot's
 * DataSource autoconfiguration.
 */
class GooferFailureAnalyzersTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GooferAutoConfiguration.class, GooferCacheAutoConfiguration.class,
                GooferObservationAutoConfiguration.class, GooferShardingAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName());

    @Test
    void noDataSourceAndNoShardsIsExplained() {
        this.runner.run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new GooferDataSourceMissingFailureAnalyzer()
                .analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains(GooferClient.class.getName())
                .contains("no DataSource bean and goofer.shards is empty");
            assertThat(analysis.getAction()).contains("spring.datasource.url").contains("goofer.shards.<name>.url");
        });
    }

    @Test
    void ambiguousClientIsExplained() {
        this.runner.withPropertyValues("goofer.client=").run((context) -> {
            FailureAnalysis analysis = new GooferClientSelectionFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("generated Goofer clients");
            assertThat(analysis.getAction()).contains("goofer.client").contains(GooferClient.class.getName());
        });
    }

    @Test
    void shardWithoutUrlIsExplained() {
        this.runner.withPropertyValues("goofer.shards.s0.username=app").run((context) -> {
            FailureAnalysis analysis = new InvalidShardingConfigurationFailureAnalyzer()
                .analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("goofer.shards.s0.url is not set");
        });
    }

    @Test
    void analyzersAreRegisteredInSpringFactories() throws Exception {
        java.util.Properties factories = new java.util.Properties();
        try (java.io.InputStream in = GooferProperties.class.getResourceAsStream("/META-INF/spring.factories")) {
            assertThat(in).isNotNull();
            factories.load(in);
        }
        assertThat(java.util.Arrays
            .stream(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer").split(","))
            .map(String::trim)).containsExactlyInAnyOrder(DataLossFailureAnalyzer.class.getName(),
                    GooferClientSelectionFailureAnalyzer.class.getName(),
                    GooferDataSourceMissingFailureAnalyzer.class.getName(),
                    InvalidShardingConfigurationFailureAnalyzer.class.getName(),
                    SchemaDriftFailureAnalyzer.class.getName(), ShardUnreachableFailureAnalyzer.class.getName());
    }

}
