package dev.goofer.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The blog fixture of goofer-core's test-jar: its tables from the DDL script of each
 * dialect, pools of a fixed size and clients over them.
 */
final class BlogFixture {

    private BlogFixture() {
    }

    static void createTables(DataSource dataSource, DatabaseKind kind) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new ClassPathResource("ddl/blog/" + kind.name().toLowerCase(Locale.ROOT) + ".sql"));
        populator.setSeparator(";");
        populator.execute(dataSource);
    }

    /**
     * A pool that keeps {@code size} connections open, so that its idle count after a
     * workload can be compared with the one before.
     */
    static HikariDataSource pool(String jdbcUrl, String name, int size, long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setPoolName(name);
        config.setRegisterMbeans(false);
        return new HikariDataSource(config);
    }

    /**
     * The URL of a SQLite test database with a busy timeout and immediate write
     * transactions, the settings that let several connections write to one file.
     */
    static String sqliteUrl(String jdbcUrl) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "busy_timeout=20000&transaction_mode=IMMEDIATE&journal_mode=WAL";
    }

    static GooferClient client(DataSource dataSource, @Nullable StatementListener listener) {
        JdbcQueryExecutor.Builder builder = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA);
        if (listener != null) {
            builder.statementListener(listener);
        }
        return new GooferClient(builder.build());
    }

    static String quote(DatabaseKind kind, String identifier) {
        return (kind == DatabaseKind.MYSQL) ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    /**
     * Wait until the pool has {@code idle} idle and no active connections, polling for at
     * most {@code attempts} tenths of a second; return whether it got there.
     */
    static boolean awaitIdle(HikariDataSource dataSource, int idle, int attempts) throws InterruptedException {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        for (int i = 0; i < attempts; i++) {
            if (pool.getActiveConnections() == 0 && pool.getIdleConnections() == idle) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static String poolState(HikariDataSource dataSource) {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return "active=" + pool.getActiveConnections() + " idle=" + pool.getIdleConnections() + " total="
                + pool.getTotalConnections() + " waiting=" + pool.getThreadsAwaitingConnection();
    }

    static String threadDump() {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append(info);
        }
        return dump.toString();
    }

}
