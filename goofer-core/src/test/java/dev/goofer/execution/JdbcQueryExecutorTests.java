package dev.goofer.execution;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqliteDialect;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcQueryExecutorTests {

    @Test
    void dialectIsDetectedFromTheProductName() {
        assertThat(JdbcQueryExecutor.dialect("PostgreSQL")).isSameAs(PostgresDialect.INSTANCE);
        assertThat(JdbcQueryExecutor.dialect("CockroachDB")).isSameAs(PostgresDialect.INSTANCE);
        assertThat(JdbcQueryExecutor.dialect("MariaDB")).isSameAs(MySqlDialect.INSTANCE);
        assertThat(JdbcQueryExecutor.dialect("MySQL")).isSameAs(MySqlDialect.INSTANCE);
        assertThat(JdbcQueryExecutor.dialect("SQLite")).isSameAs(SqliteDialect.INSTANCE);
    }

    @Test
    void sqlServerIsRejectedClearly() {
        assertThatThrownBy(() -> JdbcQueryExecutor.dialect("Microsoft SQL Server"))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("SQL Server is not supported at run time");
    }

    @Test
    void builderSettingsCanOnlyBeSetOnce() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite::memory:", true);
        JdbcQueryExecutor.Builder builder = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA)
            .dialect(SqliteDialect.INSTANCE);
        assertThatIllegalStateException().isThrownBy(() -> builder.dialect(PostgresDialect.INSTANCE))
            .withMessageContaining("dialect was already set");
        dataSource.destroy();
    }

    @Test
    void statementListenerSeesEveryStatementWithItsOutcome() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite::memory:", true);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
            .execute("CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"email\" TEXT NOT NULL UNIQUE, "
                    + "\"name\" TEXT, \"role\" TEXT NOT NULL DEFAULT 'USER', "
                    + "\"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        List<StatementEvent> events = new ArrayList<>();
        JdbcQueryExecutor executor = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA)
            .statementListener(events::add)
            .build();
        assertThat(executor.dialect()).isSameAs(SqliteDialect.INSTANCE);
        GooferClient db = new GooferClient(executor);
        db.user().create(UserCreate.builder().email("a@b.c").build()).execute();
        // One INSERT ... RETURNING: SQLite returns the created row.
        assertThat(events).hasSize(1).allSatisfy((event) -> {
            assertThat(event.model()).isEqualTo("User");
            assertThat(event.operation()).isEqualTo("create");
            assertThat(event.succeeded()).isTrue();
        });
        assertThat(events.get(0).sql()).startsWith("INSERT INTO \"User\"");
        events.clear();
        assertThatThrownBy(() -> db.user().create(UserCreate.builder().email("a@b.c").build()).execute())
            .isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(events).singleElement().satisfies((event) -> {
            assertThat(event.succeeded()).isFalse();
            assertThat(event.failure()).isInstanceOf(UniqueConstraintViolationException.class);
            // The email, and createdAt's now(), which the client fills in on SQLite.
            assertThat(event.parameterCount()).isEqualTo(2);
        });
        events.clear();
        db.user().findMany().where(UserFields.EMAIL.eq("a@b.c")).fetch();
        assertThat(events).singleElement().satisfies((event) -> assertThat(event.operation()).isEqualTo("find_many"));
        dataSource.destroy();
    }

}
