package dev.goofer.autoconfigure;

import dev.goofer.ddl.DataLossException;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaDriftException;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer.schema.mode} at startup on SQLite.
 */
class GooferSchemaModeTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName());

    @Test
    void noSchemaInitializerByDefault() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(GooferClient.class)
                .doesNotHaveBean(GooferSchemaInitializer.class));
    }

    @Test
    void pushCreatesTheTablesBeforeTheClientRuns() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.schema.mode=push").run((context) -> {
            assertThat(context).hasSingleBean(GooferSchemaInitializer.class);
            assertThat(context.getBean(GooferClient.class).tag().count().fetch()).isZero();
        });
    }

    @Test
    void validateFailsStartupWithTheReportOfEveryDifference() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.schema.mode=validate")
            .run((context) -> {
                assertThat(context).hasFailed();
                SchemaDriftException drift = Failures.find(context.getStartupFailure(), SchemaDriftException.class);
                assertThat(drift.getMessage()).contains("does not match").contains("User").contains("Post");
                FailureAnalysis analysis = new SchemaDriftFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("goofer.schema.mode is validate")
                    .contains(drift.result().report());
                assertThat(analysis.getAction()).contains("goofer:migrate-diff").contains("goofer.schema.mode=push");
            });
    }

    @Test
    void validateStartsWhenTheDatabaseMatches() {
        String url = SqliteFiles.freshUrl();
        SchemaManager.push(new SingleConnectionDataSource(url, true), GooferSchema.SCHEMA, PushOptions.defaults());
        this.runner.withPropertyValues("spring.datasource.url=" + url, "goofer.schema.mode=validate")
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(GooferClient.class));
    }

    @Test
    void pushRefusesToLoseDataAndChangesNothing() {
        String url = SqliteFiles.freshUrl();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, true);
        SchemaManager.push(dataSource, GooferSchema.SCHEMA, PushOptions.defaults());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("ALTER TABLE \"Tag\" ADD COLUMN \"legacy\" TEXT");
        jdbc.update("INSERT INTO \"Tag\" (\"name\", \"legacy\") VALUES ('java', 'keep me')");
        this.runner.withPropertyValues("spring.datasource.url=" + url, "goofer.schema.mode=push").run((context) -> {
            assertThat(context).hasFailed();
            DataLossException loss = Failures.find(context.getStartupFailure(), DataLossException.class);
            assertThat(loss.getMessage()).contains("legacy");
            FailureAnalysis analysis = new DataLossFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("would lose data").contains("legacy");
            assertThat(analysis.getAction()).contains("never loses data").contains("-Dgoofer.acceptDataLoss=true");
        });
        assertThat(jdbc.queryForObject("SELECT \"legacy\" FROM \"Tag\"", String.class)).isEqualTo("keep me");
        dataSource.destroy();
    }

}
