package dev.goofer.autoconfigure;

import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaDriftException;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.fixture.shop.GooferClient;
import dev.goofer.fixture.shop.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code goofer.schema.mode=validate} and {@code push} on a real PostgreSQL database,
 * with the shop fixture (enums, scalar lists, JSON).
 */
@Databases(DatabaseKind.POSTGRESQL)
class GooferSchemaValidationPostgresTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GooferAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName());

    @Test
    void validateReportsDriftThenPushMakesTheDatabaseValid(TestDatabase database) {
        ApplicationContextRunner onDatabase = this.runner.withPropertyValues(
                "spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.hikari.maximum-pool-size=2");
        onDatabase.withPropertyValues("goofer.schema.mode=validate").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(Failures.find(context.getStartupFailure(), SchemaDriftException.class))
                .hasMessageContaining("PostgreSQL");
        });
        onDatabase.withPropertyValues("goofer.schema.mode=push").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(GooferClient.class).product().count().fetch()).isZero();
        });
        onDatabase.withPropertyValues("goofer.schema.mode=validate")
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(GooferClient.class));
        database.jdbc().execute("ALTER TABLE products ADD COLUMN \"extra\" integer");
        onDatabase.withPropertyValues("goofer.schema.mode=validate").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(Failures.find(context.getStartupFailure(), SchemaDriftException.class))
                .hasMessageContaining("extra");
        });
        assertThat(SchemaManager.validate(database.dataSource(), GooferSchema.SCHEMA).inSync()).isFalse();
        SchemaManager.push(database.dataSource(), GooferSchema.SCHEMA, PushOptions.defaults().withAcceptDataLoss(true));
    }

}
