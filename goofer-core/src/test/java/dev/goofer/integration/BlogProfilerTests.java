package dev.goofer.integration;

import java.time.Duration;
import java.util.List;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.profiling.ProfilingSettings;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.profiling.SlowQuery;
import dev.goofer.profiling.SlowQueryShape;
import dev.goofer.testsupport.DatabaseKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The profiler on a real database, composed with the cache and the JDBC executor's
 * statement listener: one profiler with a slow-query threshold that only a sleeping query
 * passes, one that counts everything as slow to show what is captured.
 */
abstract class BlogProfilerTests extends BlogDatabase {

    static SimpleMeterRegistry registry;

    static QueryProfiler profiler;

    static QueryProfiler verbose;

    static CachingQueryExecutor cache;

    static GooferClient profiled;

    static GooferClient traced;

    static String dialect;

    @BeforeAll
    static void createProfiledClients() {
        registry = new SimpleMeterRegistry();
        Duration threshold = (kind == DatabaseKind.SQLITE) ? Duration.ofMillis(5) : Duration.ofMillis(200);
        profiler = QueryProfiler.builder()
            .meterRegistry(registry)
            .settings(ProfilingSettings.builder().slowQueryThreshold(threshold).build())
            .build();
        verbose = QueryProfiler.builder()
            .settings(ProfilingSettings.builder().slowQueryThreshold(Duration.ZERO).logParameters(true).build())
            .build();
        JdbcQueryExecutor jdbcExecutor = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA)
            .statementListener((event) -> {
                profiler.statementListener().statementExecuted(event);
                verbose.statementListener().statementExecuted(event);
            })
            .build();
        dialect = jdbcExecutor.dialect().name();
        cache = CachingQueryExecutor.builder(jdbcExecutor, GooferSchema.SCHEMA).listener((operation, outcome) -> {
            profiler.cacheListener().cacheLookedUp(operation, outcome);
            verbose.cacheListener().cacheLookedUp(operation, outcome);
        }).build();
        profiled = new GooferClient(profiler.decorate(cache, dialect));
        traced = new GooferClient(verbose.decorate(cache, dialect));
    }

    @BeforeEach
    void resetProfilers() {
        registry.clear();
        profiler.slowQueryLog().clear();
        verbose.slowQueryLog().clear();
        cache.invalidateAll();
    }

    private static String sleepSql() {
        if (kind == DatabaseKind.POSTGRESQL) {
            return "SELECT pg_sleep(?) AS slept";
        }
        if (kind == DatabaseKind.MYSQL) {
            return "SELECT SLEEP(?) AS slept";
        }
        return "WITH RECURSIVE c(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) "
                + "SELECT COUNT(*) AS slept FROM c";
    }

    private static Object sleepArgument() {
        return (kind == DatabaseKind.SQLITE) ? (Object) 1 : (Object) 0.3;
    }

    @Test
    void operationsAreTimedWithTheirModelDialectOutcomeAndCacheTags() {
        profiled.user().create(dev.goofer.fixture.blog.UserCreate.builder().email("ada@x.org").build()).execute();
        profiled.user().findMany().include(UserFields.POSTS).cache().fetch();
        profiled.user().findMany().include(UserFields.POSTS).cache().fetch();
        assertThat(registry.get("goofer.query")
            .tag("model", "User")
            .tag("operation", "create")
            .tag("outcome", "success")
            .tag("shard", "default")
            .tag("dialect", dialect)
            .tag("cached", "none")
            .timer()
            .count()).isEqualTo(1);
        assertThat(registry.get("goofer.query").tag("operation", "find_many").tag("cached", "miss").timer().count())
            .isEqualTo(1);
        assertThat(registry.get("goofer.query").tag("operation", "find_many").tag("cached", "hit").timer().count())
            .isEqualTo(1);
        assertThatThrownBy(() -> profiled.queryRaw("SELECT nonsense FROM " + quote("Post")).fetch())
            .isInstanceOf(DataAccessException.class);
        assertThat(registry.get("goofer.query").tag("model", "none").tag("outcome", "error").timer().count())
            .isEqualTo(1);
    }

    @Test
    void slowQueriesAreCountedAndKeptWithTheirSqlButNotTheirValues() {
        List<?> rows = profiled.queryRaw(sleepSql(), sleepArgument()).fetch();
        assertThat(rows).hasSize(1);
        profiled.user().findMany().fetch();
        profiled.queryRaw(sleepSql(), sleepArgument()).fetch();
        assertThat(registry.get("goofer.query.slow")
            .tag("model", "none")
            .tag("operation", "query_raw")
            .tag("dialect", dialect)
            .counter()
            .count()).isEqualTo(2);
        List<SlowQuery> slow = profiler.slowQueryLog().entries();
        assertThat(slow).hasSize(2).allSatisfy((query) -> {
            assertThat(query.sql()).containsExactly(sleepSql());
            assertThat(query.parameters()).isEmpty();
            assertThat(query.outcome()).isEqualTo("success");
            assertThat(query.duration()).isGreaterThanOrEqualTo(profiler.settings().slowQueryThreshold());
        });
        List<SlowQueryShape> shapes = profiler.slowQueryLog().shapes();
        assertThat(shapes).singleElement().satisfies((shape) -> {
            assertThat(shape.count()).isEqualTo(2);
            assertThat(shape.shape()).startsWith("none query_raw: ").doesNotContain("0.3");
        });
    }

    @Test
    void eachOperationKeepsTheStatementsItRan() {
        user("ada@x.org", "Ada", Role.USER);
        traced.user()
            .findMany()
            .where(UserFields.EMAIL.eq("ada@x.org"))
            .include(UserFields.POSTS.include(PostFields.TAGS))
            .fetch();
        SlowQuery query = verbose.slowQueryLog().entries().get(0);
        assertThat(query.operation()).isEqualTo("find_many");
        assertThat(query.statements()).isEqualTo(query.sql().size()).isGreaterThanOrEqualTo(2);
        assertThat(query.sql().get(0)).contains(quote("User")).doesNotContain("ada@x.org");
        assertThat(query.parameters()).containsExactly("ada@x.org");
        traced.user().findMany().include(UserFields.POSTS).cache().fetch();
        traced.user().findMany().include(UserFields.POSTS).cache().fetch();
        SlowQuery hit = verbose.slowQueryLog().entries().get(0);
        assertThat(hit.cached()).isEqualTo("hit");
        assertThat(hit.statements()).isZero();
    }

}
