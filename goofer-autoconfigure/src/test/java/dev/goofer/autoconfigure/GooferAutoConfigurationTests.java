package dev.goofer.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.StatementEvent;
import dev.goofer.execution.StatementListener;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.query.Operation;
import dev.goofer.sql.SqliteDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated client as a bean over the application's DataSource, and how each bean
 * backs off.
 */
@ExtendWith(OutputCaptureExtension.class)
class GooferAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class, GooferAutoConfiguration.class,
                GooferCacheAutoConfiguration.class, GooferObservationAutoConfiguration.class,
                GooferShardingAutoConfiguration.class))
        .withPropertyValues("goofer.client=" + GooferClient.class.getName(), "goofer.schema.mode=push");

    @Test
    void clientIsABeanOfItsGeneratedTypeRunningOnTheApplicationDataSource() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl()).run((context) -> {
            assertThat(context).hasSingleBean(GooferClient.class)
                .hasBean(GooferClientRegistrar.CLIENT_BEAN_NAME)
                .hasSingleBean(JdbcQueryExecutor.class)
                .hasSingleBean(GooferSchemaInitializer.class);
            GooferClient db = context.getBean(GooferClient.class);
            User ada = db.user().create(UserCreate.builder().email("ada@example.com").name("Ada").build()).execute();
            assertThat(db.user().findMany().fetch()).containsExactly(ada);
            assertThat(context.getBean(JdbcQueryExecutor.class).dialect()).isSameAs(SqliteDialect.INSTANCE);
        });
    }

    @Test
    void clientJoinsSpringManagedTransactions() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl()).run((context) -> {
            GooferClient db = context.getBean(GooferClient.class);
            TransactionTemplate transaction = new TransactionTemplate(
                    context.getBean(PlatformTransactionManager.class));
            transaction.executeWithoutResult((status) -> {
                db.user().create(UserCreate.builder().email("ada@example.com").build()).execute();
                assertThat(db.user().count().fetch()).isEqualTo(1);
                status.setRollbackOnly();
            });
            assertThat(db.user().count().fetch()).isZero();
        });
    }

    @Test
    void noClientIsDefinedWhenNoGeneratedClientIsOnTheClassPath(CapturedOutput output) {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withClassLoader(new FilteredClassLoader(
                    new ClassPathResource("META-INF/services/dev.goofer.client.ClientDefinition")))
            .run((context) -> {
                assertThat(context).hasNotFailed()
                    .doesNotHaveBean(GooferClient.class)
                    .doesNotHaveBean(JdbcQueryExecutor.class)
                    .doesNotHaveBean(CachingQueryExecutor.class)
                    .doesNotHaveBean(GooferClientRegistrar.DEFINITION_BEAN_NAME);
                assertThat(output).contains("No generated Goofer client found on the class path");
            });
    }

    @Test
    void severalGeneratedClientsNeedGooferClientToChoose() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.client=").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).isInstanceOf(GooferClientSelectionException.class)
                .hasMessageContaining(GooferClient.class.getName())
                .hasMessageContaining(dev.goofer.fixture.shop.GooferClient.class.getName());
        });
    }

    @Test
    void gooferClientChoosesAmongSeveralGeneratedClients() {
        this.runner
            .withPropertyValues(SqliteFiles.freshDataSourceUrl(),
                    "goofer.client=" + dev.goofer.fixture.shop.GooferClient.class.getName(), "goofer.schema.mode=none")
            .run((context) -> assertThat(context).hasSingleBean(dev.goofer.fixture.shop.GooferClient.class)
                .doesNotHaveBean(GooferClient.class));
    }

    @Test
    void clientBacksOffWhenTheApplicationDefinesItsOwn() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("myClient", GooferClient.class, () -> new GooferClient(new RecordingExecutor(null)))
            .run((context) -> {
                assertThat(context).hasSingleBean(GooferClient.class)
                    .hasBean("myClient")
                    .doesNotHaveBean(GooferClientRegistrar.CLIENT_BEAN_NAME);
                assertThat(context).hasSingleBean(JdbcQueryExecutor.class);
            });
    }

    @Test
    void jdbcExecutorBacksOffForTheApplicationsOwnAndTheChainUsesIt() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("myJdbc", JdbcQueryExecutor.class,
                    () -> JdbcQueryExecutor.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                            SqliteFiles.freshUrl(), true), GooferSchema.SCHEMA))
            .run((context) -> {
                assertThat(context).hasSingleBean(JdbcQueryExecutor.class).hasBean("myJdbc");
                assertThat(context.getBean(CachingQueryExecutor.class).delegate())
                    .isSameAs(context.getBean(JdbcQueryExecutor.class));
            });
    }

    @Test
    void applicationQueryExecutorReplacesTheWholeChain() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean(RecordingExecutor.class, () -> new RecordingExecutor(null))
            .run((context) -> {
                assertThat(context).doesNotHaveBean(JdbcQueryExecutor.class)
                    .doesNotHaveBean(CachingQueryExecutor.class);
                assertThat(context.getBean(GooferClient.class).executor())
                    .isSameAs(context.getBean(RecordingExecutor.class));
            });
    }

    @Test
    void customizersDecorateTheExecutorInOrder() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("recording", GooferClientCustomizer.class,
                    () -> (builder) -> builder.executor(new RecordingExecutor(builder.executor())))
            .run((context) -> {
                GooferClient db = context.getBean(GooferClient.class);
                assertThat(db.executor()).isInstanceOf(RecordingExecutor.class);
                db.user().count().fetch();
                assertThat(((RecordingExecutor) db.executor()).operations).containsExactly("count");
            });
    }

    @Test
    void statementListenerBeansSeeEveryStatement() {
        List<StatementEvent> events = new CopyOnWriteArrayList<>();
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean(StatementListener.class, () -> events::add)
            .run((context) -> {
                context.getBean(GooferClient.class).user().findMany().fetch();
                assertThat(events).extracting(StatementEvent::operation).containsExactly("find_many");
            });
    }

    @Test
    void configuredDialectIsUsedWithoutDetection() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.dialect=sqlite")
            .run((context) -> assertThat(context.getBean(JdbcQueryExecutor.class).dialect())
                .isSameAs(SqliteDialect.INSTANCE));
    }

    @Test
    void statementCacheIsOnForSqliteByDefaultAndConfigurable() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .run((context) -> assertThat(context.getBean(JdbcQueryExecutor.class).statementCacheSize())
                .isEqualTo(JdbcQueryExecutor.Builder.SQLITE_STATEMENT_CACHE_SIZE));
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl(), "goofer.statement-cache-size=0")
            .run((context) -> assertThat(context.getBean(JdbcQueryExecutor.class).statementCacheSize()).isZero());
    }

    @Test
    void jdbcExecutorBacksOffWithoutASingleDataSource() {
        this.runner.withPropertyValues(SqliteFiles.freshDataSourceUrl())
            .withBean("one", javax.sql.DataSource.class, () -> dataSource())
            .withBean("two", javax.sql.DataSource.class, () -> dataSource())
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(Failures.root(context.getStartupFailure()))
                    .isInstanceOf(GooferDataSourceMissingException.class)
                    .hasMessageContaining("2 DataSource beans and none is primary");
            });
    }

    private static javax.sql.DataSource dataSource() {
        return new org.springframework.jdbc.datasource.SingleConnectionDataSource(SqliteFiles.freshUrl(), true);
    }

    /** An executor recording the operations it runs, delegating when given a delegate. */
    static final class RecordingExecutor implements QueryExecutor {

        final List<String> operations = new CopyOnWriteArrayList<>();

        private final @org.jspecify.annotations.Nullable QueryExecutor delegate;

        RecordingExecutor(@org.jspecify.annotations.Nullable QueryExecutor delegate) {
            this.delegate = delegate;
        }

        @Override
        public <R> R execute(Operation<R> operation, QueryOptions options) {
            this.operations.add(operation.name());
            if (this.delegate == null) {
                throw new UnsupportedOperationException(operation.name());
            }
            return this.delegate.execute(operation, options);
        }

        @Override
        public <T> T transaction(TransactionOptions options, Supplier<T> work) {
            return (this.delegate != null) ? this.delegate.transaction(options, work) : work.get();
        }

    }

}
