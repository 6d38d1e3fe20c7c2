package dev.goofer.execution;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.sql.SqliteDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-connection statement cache, on a real SQLite file behind a HikariCP pool (whose
 * proxies close their statements when a connection goes back to the pool).
 */
class StatementCacheTests {

    @TempDir
    Path folder;

    private HikariDataSource dataSource;

    @BeforeEach
    void createPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + this.folder.resolve("cache.db"));
        config.setMaximumPoolSize(1);
        this.dataSource = new HikariDataSource(config);
        new JdbcTemplate(this.dataSource).execute("CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                + "\"email\" TEXT NOT NULL UNIQUE, \"name\" TEXT, \"role\" TEXT NOT NULL DEFAULT 'USER', "
                + "\"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void closePool() {
        this.dataSource.close();
    }

    @Test
    void statementOutlivesThePoolCheckoutAndIsReused() throws SQLException {
        StatementCache cache = new StatementCache(8);
        PreparedStatement first = use(cache, "SELECT 1");
        PreparedStatement second = use(cache, "SELECT 1");
        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void statementInUseIsNotHandedOutTwice() throws SQLException {
        StatementCache cache = new StatementCache(8);
        try (Connection connection = this.dataSource.getConnection()) {
            StatementCache.Cached outer = cache.take(connection, "SELECT 1");
            StatementCache.Cached inner = cache.take(connection, "SELECT 1");
            assertThat(inner.statement()).isNotSameAs(outer.statement());
            inner.succeeded();
            inner.close();
            outer.succeeded();
            outer.close();
            // One statement per SQL is kept; the other was closed.
            assertThat(inner.statement().isClosed()).isTrue();
            assertThat(cache.take(connection, "SELECT 1").statement()).isSameAs(outer.statement());
        }
    }

    @Test
    void failedStatementIsClosedNotKept() throws SQLException {
        StatementCache cache = new StatementCache(8);
        PreparedStatement failed;
        try (Connection connection = this.dataSource.getConnection();
                StatementCache.Cached cached = cache.take(connection, "SELECT 1")) {
            failed = cached.statement();
        }
        assertThat(failed.isClosed()).isTrue();
        assertThat(use(cache, "SELECT 1")).isNotSameAs(failed);
    }

    @Test
    void leastRecentlyUsedStatementIsClosedBeyondTheLimit() throws SQLException {
        StatementCache cache = new StatementCache(2);
        PreparedStatement one = use(cache, "SELECT 1");
        PreparedStatement two = use(cache, "SELECT 2");
        use(cache, "SELECT 1");
        use(cache, "SELECT 3");
        assertThat(two.isClosed()).isTrue();
        assertThat(one.isClosed()).isFalse();
        assertThat(use(cache, "SELECT 1")).isSameAs(one);
    }

    @Test
    void queryTimeoutOfAnEarlierUseIsCleared() throws SQLException {
        StatementCache cache = new StatementCache(8);
        try (Connection connection = this.dataSource.getConnection()) {
            try (StatementCache.Cached cached = cache.take(connection, "SELECT 1")) {
                cached.statement().setQueryTimeout(5);
                cached.succeeded();
            }
            assertThat(cache.take(connection, "SELECT 1").statement().getQueryTimeout()).isZero();
        }
    }

    @Test
    void closedConnectionIsForgottenWhenANewOneIsSeen() throws SQLException {
        StatementCache cache = new StatementCache(8);
        PreparedStatement old = use(cache, "SELECT 1");
        this.dataSource.getHikariPoolMXBean().softEvictConnections();
        // The pool closes evicted connections on its own thread; closing one finalizes
        // its
        // statements.
        Connection physical = old.getConnection();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!physical.isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(physical.isClosed()).isTrue();
        PreparedStatement fresh = use(cache, "SELECT 1");
        assertThat(fresh.getConnection()).isNotSameAs(physical);
        assertThat(fresh).isNotSameAs(old);
        assertThat(cache.connections()).isOne();
    }

    @Test
    void executorReusesStatementsAndStillHonoursTransactions() {
        JdbcQueryExecutor executor = JdbcQueryExecutor.create(this.dataSource, GooferSchema.SCHEMA);
        assertThat(executor.dialect()).isSameAs(SqliteDialect.INSTANCE);
        GooferClient db = new GooferClient(executor);
        User created = db.user().create(UserCreate.builder().email("a@b.c").name("A").build()).execute();
        for (int i = 0; i < 3; i++) {
            assertThat(db.user().findUnique(UserWhereUnique.id(created.id())).fetch()).contains(created);
        }
        // A read inside a rolled-back Spring transaction sees the transaction's write,
        // and
        // the write is gone afterwards.
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
        assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> {
            db.user().create(UserCreate.builder().email("d@e.f").build()).execute();
            assertThat(db.user().findMany().where(UserFields.EMAIL.eq("d@e.f")).fetch()).hasSize(1);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(db.user().findMany().where(UserFields.EMAIL.eq("d@e.f")).fetch()).isEmpty();
        assertThat(db.user().findMany().fetch()).extracting(User::email).isEqualTo(List.of("a@b.c"));
    }

    @Test
    void keptStatementHoldsNoLockOnTheDatabase() throws SQLException {
        GooferClient db = new GooferClient(JdbcQueryExecutor.create(this.dataSource, GooferSchema.SCHEMA));
        User created = db.user().create(UserCreate.builder().email("a@b.c").build()).execute();
        assertThat(db.user().findUnique(UserWhereUnique.id(created.id())).fetch()).isPresent();
        assertThat(db.user().findMany().fetch()).hasSize(1);
        // The file is in rollback-journal mode: a statement left mid-read would keep a
        // shared lock and make another connection's write fail at once with SQLITE_BUSY.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + this.folder.resolve("cache.db"));
                Statement statement = other.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            assertThat(statement.executeUpdate("UPDATE \"User\" SET \"name\" = 'B'")).isOne();
        }
        assertThat(db.user().findUnique(UserWhereUnique.id(created.id())).fetch()).get()
            .extracting(User::name)
            .isEqualTo("B");
    }

    @Test
    void cacheCanBeTurnedOff() {
        assertThatThrownBy(() -> JdbcQueryExecutor.builder(this.dataSource, GooferSchema.SCHEMA).statementCacheSize(-1))
            .isInstanceOf(IllegalArgumentException.class);
        GooferClient db = new GooferClient(
                JdbcQueryExecutor.builder(this.dataSource, GooferSchema.SCHEMA).statementCacheSize(0).build());
        db.user().create(UserCreate.builder().email("a@b.c").build()).execute();
        assertThat(db.user().findMany().fetch()).hasSize(1);
    }

    /**
     * Run some SQL through the cache on a fresh pool checkout and return its statement.
     */
    private PreparedStatement use(StatementCache cache, String sql) throws SQLException {
        try (Connection connection = this.dataSource.getConnection();
                StatementCache.Cached cached = cache.take(connection, sql)) {
            try (ResultSet resultSet = cached.statement().executeQuery()) {
                assertThat(resultSet.next()).isTrue();
            }
            cached.succeeded();
            return cached.statement();
        }
    }

}
