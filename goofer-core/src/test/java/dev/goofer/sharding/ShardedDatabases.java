package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementEvent;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three fresh databases as shards {@code s0}, {@code s1}, {@code s2} (default {@code s0},
 * hash strategy, {@code Country} broadcast) behind a router, and the class's own database
 * as the reference holding all data on one database; every table emptied before each
 * test.
 */
abstract class ShardedDatabases {

    static final List<String> SHARDS = List.of("s0", "s1", "s2");

    static final List<String> TABLES = List.of("Review", "Order", "Customer", "Country", "AuditEntry");

    static DatabaseKind kind;

    static String adminUrl;

    static final List<TestDatabase> shardDatabases = new ArrayList<>();

    static final List<HikariDataSource> shardPools = new ArrayList<>();

    static final List<JdbcQueryExecutor> shardExecutors = new ArrayList<>();

    static HikariDataSource referencePool;

    static JdbcQueryExecutor referenceExecutor;

    static ShardRouter router;

    static GooferClient db;

    static GooferClient reference;

    static final List<RoutingDecision> decisions = new CopyOnWriteArrayList<>();

    static final List<String> statementShards = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void createShards(TestDatabase database) {
        kind = database.kind();
        adminUrl = TestDatabases.availability(kind).adminUrl();
        referencePool = pooled(database.jdbcUrl(), "reference");
        SchemaManager.push(referencePool, GooferSchema.SCHEMA, PushOptions.defaults());
        referenceExecutor = JdbcQueryExecutor.create(referencePool, GooferSchema.SCHEMA);
        reference = new GooferClient(referenceExecutor);
        for (String shard : SHARDS) {
            TestDatabase shardDatabase = TestDatabases.create(kind, adminUrl, "sharding_" + shard);
            shardDatabases.add(shardDatabase);
            HikariDataSource pool = pooled(shardDatabase.jdbcUrl(), shard);
            shardPools.add(pool);
            SchemaManager.push(pool, GooferSchema.SCHEMA, PushOptions.defaults());
            shardExecutors.add(JdbcQueryExecutor.builder(pool, GooferSchema.SCHEMA)
                .statementListener(ShardedDatabases::statementExecuted)
                .build());
        }
        router = new ShardRouter(configuration().build());
        db = new GooferClient(router);
    }

    private static void statementExecuted(StatementEvent event) {
        String shard = ShardContext.currentShard();
        statementShards.add((shard != null) ? shard : "?");
    }

    /**
     * The shards, default shard {@code s0}, broadcast {@code Country}, recording
     * decisions.
     */
    static ShardingConfiguration.Builder configuration() {
        ShardingConfiguration.Builder builder = ShardingConfiguration.builder(GooferSchema.SCHEMA);
        for (int i = 0; i < SHARDS.size(); i++) {
            builder.shard(Shard.of(SHARDS.get(i), shardExecutors.get(i)));
        }
        if (kind == DatabaseKind.MYSQL) {
            builder.stringOrder(unicodeCi());
        }
        return builder.defaultShard("s0").broadcast("Country").listener(decisions::add);
    }

    /**
     * The order of {@code utf8mb4_unicode_ci} (the collation of Prisma's MySQL tables)
     * for the characters of the test data: case ignored, space, then punctuation, then
     * digits, then letters. {@link java.text.Collator} does not match it (it ignores
     * hyphens), which is why merges take the string order as configuration.
     */
    static java.util.Comparator<String> unicodeCi() {
        String order = " -.@0123456789abcdefghijklmnopqrstuvwxyz";
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
                int x = order.indexOf(Character.toLowerCase(a.charAt(i)));
                int y = order.indexOf(Character.toLowerCase(b.charAt(i)));
                if (x < 0 || y < 0) {
                    throw new IllegalArgumentException("No test collation weight for " + a + " or " + b);
                }
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return Integer.compare(a.length(), b.length());
        };
    }

    static HikariDataSource pooled(String url, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName("goofer-sharding-" + name);
        return new HikariDataSource(config);
    }

    @AfterAll
    static void dropShards() {
        router.close();
        shardPools.forEach(HikariDataSource::close);
        shardPools.clear();
        shardExecutors.clear();
        referencePool.close();
        for (TestDatabase shardDatabase : shardDatabases) {
            TestDatabases.drop(shardDatabase, adminUrl);
        }
        shardDatabases.clear();
    }

    @BeforeEach
    void deleteRows() {
        List<DataSource> all = new ArrayList<>(shardPools);
        all.add(referencePool);
        for (DataSource dataSource : all) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String table : TABLES) {
                jdbc.update("DELETE FROM " + quote(table));
            }
        }
        decisions.clear();
        statementShards.clear();
    }

    static JdbcTemplate jdbc(String shard) {
        return new JdbcTemplate(shardPools.get(SHARDS.indexOf(shard)));
    }

    static String quote(String identifier) {
        return (kind == DatabaseKind.MYSQL) ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    /** Return the values of one column of a table on one shard, sorted. */
    static List<Object> column(String shard, String table, String column) {
        return jdbc(shard).queryForList(
                "SELECT " + quote(column) + " FROM " + quote(table) + " ORDER BY " + quote(column), Object.class);
    }

    static long count(String shard, String table) {
        Long count = jdbc(shard).queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return (count != null) ? count : 0;
    }

    /** The shard the router's hash strategy gives a tenant's customers and orders. */
    static String shardOfTenant(int tenantId) {
        return SHARDS.get(HashShardingStrategy.index(new ShardKey("Customer", List.of("tenantId"), List.of(tenantId)),
                SHARDS.size()));
    }

}
