package dev.goofer.profiling;

import java.time.Duration;
import java.util.List;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.query.Operation;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Timers, tags, outcomes and how the profiler composes with the cache.
 */
class QueryProfilerTests {

    private final TimedDatabase database = new TimedDatabase();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final QueryProfiler profiler = QueryProfiler.builder()
        .meterRegistry(this.registry)
        .clock(this.database.clock)
        .shardHint(() -> this.hint)
        .build();

    private String hint;

    private final QueryExecutor executor = this.profiler.decorate(this.database, "sqlite");

    private final GooferClient db = new GooferClient(this.executor);

    QueryProfilerTests() {
        this.database.listener = this.profiler.statementListener();
    }

    private Timer timer(String operation, String outcome) {
        return this.registry.get("goofer.query")
            .tag("model", "User")
            .tag("operation", operation)
            .tag("outcome", outcome)
            .tag("shard", "default")
            .tag("dialect", "sqlite")
            .tag("cached", "none")
            .timer();
    }

    @Test
    void everyOperationIsTimedWithLowCardinalityTags() {
        this.db.user().findMany().where(UserFields.EMAIL.eq("ada@example.com")).fetch();
        this.db.user().findMany().fetch();
        Timer timer = timer("find_many", "success");
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(20);
        assertThat(timer.getId().getTags()).extracting(io.micrometer.core.instrument.Tag::getKey)
            .containsExactlyInAnyOrder("model", "operation", "outcome", "shard", "dialect", "cached");
    }

    @Test
    void outcomesTellErrorsFromMissingRecords() {
        this.database.failure = new DataAccessResourceFailureException("down");
        assertThatThrownBy(() -> this.db.user().findMany().fetch()).hasMessage("down");
        this.database.failure = new RecordNotFoundException("User", "update", "no record with id=1");
        assertThatThrownBy(() -> this.db.user().findMany().fetch()).isInstanceOf(RecordNotFoundException.class);
        this.database.failure = null;
        assertThatThrownBy(() -> this.db.user().findUniqueOrThrow(UserWhereUnique.id(1)).fetch())
            .isInstanceOf(RecordNotFoundException.class);
        assertThat(timer("find_many", "error").count()).isEqualTo(1);
        assertThat(timer("find_many", "not_found").count()).isEqualTo(1);
        assertThat(timer("find_unique_or_throw", "not_found").count()).isEqualTo(1);
    }

    @Test
    void shardComesFromTheOptionTheHintOrTheRouter() {
        this.db.on("s1").user().findMany().fetch();
        this.hint = "s2";
        this.db.user().findMany().fetch();
        this.hint = null;
        QueryExecutor routed = this.profiler.decorate(new QueryExecutor() {
            @Override
            public <R> R execute(Operation<R> operation, QueryOptions options) {
                QueryProfilerTests.this.profiler.recordShard("s3");
                return QueryProfilerTests.this.database.execute(operation, options);
            }

            @Override
            public <T> T transaction(dev.goofer.execution.TransactionOptions options,
                    java.util.function.Supplier<T> work) {
                return work.get();
            }
        }, "sqlite");
        new GooferClient(routed).user().findMany().fetch();
        assertThat(this.registry.get("goofer.query").tag("shard", "s1").timer().count()).isEqualTo(1);
        assertThat(this.registry.get("goofer.query").tag("shard", "s2").timer().count()).isEqualTo(1);
        assertThat(this.registry.get("goofer.query").tag("shard", "s3").timer().count()).isEqualTo(1);
    }

    @Test
    void cacheHitsAreTimedAsFastOperationsTaggedHit() {
        CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
            .listener(this.profiler.cacheListener())
            .executor(Runnable::run)
            .build();
        GooferClient cached = new GooferClient(this.profiler.decorate(cache, "sqlite"));
        cached.user().findMany().cache().fetch();
        cached.user().findMany().cache().fetch();
        cached.user().findMany().cache().fetch();
        Timer misses = this.registry.get("goofer.query").tag("cached", "miss").timer();
        Timer hits = this.registry.get("goofer.query").tag("cached", "hit").timer();
        assertThat(misses.count()).isEqualTo(1);
        assertThat(misses.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(10);
        assertThat(hits.count()).isEqualTo(2);
        assertThat(hits.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void statementsOfNestedOperationsBelongToTheInnermostOne() {
        this.database.took = Duration.ofSeconds(1);
        QueryExecutor outer = this.profiler.decorate(new QueryExecutor() {
            @Override
            public <R> R execute(Operation<R> operation, QueryOptions options) {
                QueryProfilerTests.this.executor.execute(operation, options);
                return QueryProfilerTests.this.database.execute(operation, options);
            }

            @Override
            public <T> T transaction(dev.goofer.execution.TransactionOptions options,
                    java.util.function.Supplier<T> work) {
                return work.get();
            }
        }, "sqlite");
        new GooferClient(outer).user().findMany().fetch();
        assertThat(this.profiler.slowQueryLog().entries()).extracting(SlowQuery::statements).containsExactly(1, 1);
        assertThat(this.profiler.slowQueryLog().entries()).extracting(SlowQuery::duration)
            .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

}
