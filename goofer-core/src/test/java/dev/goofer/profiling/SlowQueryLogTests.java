package dev.goofer.profiling;

import java.time.Duration;
import java.util.List;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.UserFields;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow operations: the counter, the bounded log, shapes and redaction.
 */
class SlowQueryLogTests {

    private final TimedDatabase database = new TimedDatabase();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private GooferClient client(ProfilingSettings settings) {
        QueryProfiler profiler = QueryProfiler.builder()
            .settings(settings)
            .meterRegistry(this.registry)
            .clock(this.database.clock)
            .build();
        this.database.listener = profiler.statementListener();
        this.profiler = profiler;
        QueryExecutor executor = profiler.decorate(this.database, "postgresql");
        return new GooferClient(executor);
    }

    private QueryProfiler profiler;

    private static ProfilingSettings.Builder threshold(int millis) {
        return ProfilingSettings.builder().slowQueryThreshold(Duration.ofMillis(millis));
    }

    @Test
    void operationsAtLeastAsSlowAsTheThresholdAreCountedAndKept() {
        GooferClient db = client(threshold(100).build());
        this.database.took = Duration.ofMillis(99);
        db.user().findMany().fetch();
        this.database.took = Duration.ofMillis(100);
        db.user().findMany().fetch();
        db.user().count().fetch();
        assertThat(this.registry.get("goofer.query.slow").tag("operation", "find_many").counter().count()).isEqualTo(1);
        assertThat(this.registry.get("goofer.query.slow").tag("operation", "count").counter().count()).isEqualTo(1);
        List<SlowQuery> entries = this.profiler.slowQueryLog().entries();
        assertThat(entries).extracting(SlowQuery::operation).containsExactly("count", "find_many");
        SlowQuery slow = entries.get(1);
        assertThat(slow.model()).isEqualTo("User");
        assertThat(slow.duration()).isEqualTo(Duration.ofMillis(100));
        assertThat(slow.shard()).isEqualTo("default");
        assertThat(slow.dialect()).isEqualTo("postgresql");
        assertThat(slow.outcome()).isEqualTo("success");
        assertThat(slow.cached()).isEqualTo("none");
        assertThat(slow.sql()).containsExactly("SELECT \"id\" FROM \"User\" WHERE \"id\" = ?");
        assertThat(slow.parameters()).isEmpty();
    }

    @Test
    void logKeepsTheNewestUpToItsCapacity() {
        GooferClient db = client(threshold(0).capacity(2).build());
        db.user().findMany().fetch();
        db.user().count().fetch();
        db.post().findMany().fetch();
        assertThat(this.profiler.slowQueryLog().entries())
            .extracting((query) -> query.model() + "." + query.operation())
            .containsExactly("Post.find_many", "User.count");
        assertThat(this.profiler.slowQueryLog().total()).isEqualTo(3);
    }

    @Test
    void shapesCountOperationsWhoseSqlDiffersOnlyInValuesOnce() {
        GooferClient db = client(threshold(0).build());
        this.database.sql = List.of("SELECT * FROM \"User\" WHERE \"id\" IN (?, ?)");
        db.user().findMany().fetch();
        this.database.sql = List.of("SELECT *\n  FROM \"User\" WHERE \"id\" IN (?, ?, ?, ?)");
        this.database.took = Duration.ofMillis(30);
        db.user().findMany().fetch();
        this.database.sql = List.of("SELECT pg_sleep(0.2), 'x'");
        db.user().findMany().fetch();
        List<SlowQueryShape> shapes = this.profiler.slowQueryLog().shapes();
        assertThat(shapes).extracting(SlowQueryShape::shape)
            .containsExactly("User find_many: SELECT * FROM \"User\" WHERE \"id\" IN (?)",
                    "User find_many: SELECT pg_sleep(?), ?");
        assertThat(shapes.get(0).count()).isEqualTo(2);
        assertThat(shapes.get(0).maxDuration()).isEqualTo(Duration.ofMillis(30));
        assertThat(shapes.get(0).totalDuration()).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void boundValuesAreKeptOnlyWhenAllowed() {
        GooferClient db = client(threshold(0).build());
        db.user().findMany().where(UserFields.EMAIL.eq("ada@example.com")).fetch();
        SlowQuery redacted = this.profiler.slowQueryLog().entries().get(0);
        assertThat(redacted.parameters()).isEmpty();
        assertThat(redacted.toString()).doesNotContain("ada@example.com");
        db = client(threshold(0).logParameters(true).build());
        db.user().findMany().where(UserFields.EMAIL.eq("ada@example.com").and(UserFields.ID.gt(3))).fetch();
        assertThat(this.profiler.slowQueryLog().entries().get(0).parameters()).containsExactly("ada@example.com", "3");
    }

    @Test
    void sqlIsLeftOutWhenNotRecorded() {
        GooferClient db = client(threshold(0).recordSql(false).build());
        db.user().findMany().fetch();
        SlowQuery slow = this.profiler.slowQueryLog().entries().get(0);
        assertThat(slow.sql()).isEmpty();
        assertThat(slow.statements()).isEqualTo(1);
        assertThat(slow.shape()).isEqualTo("User find_many");
    }

    @Test
    void clearForgetsEverything() {
        GooferClient db = client(threshold(0).maxShapes(1).build());
        db.user().findMany().fetch();
        db.user().count().fetch();
        assertThat(this.profiler.slowQueryLog().shapes()).extracting(SlowQueryShape::operation)
            .containsExactly("count");
        this.profiler.slowQueryLog().clear();
        assertThat(this.profiler.slowQueryLog().entries()).isEmpty();
        assertThat(this.profiler.slowQueryLog().shapes()).isEmpty();
        assertThat(this.profiler.slowQueryLog().total()).isZero();
    }

    @Test
    void logLineNamesTheOperationAndShowsSqlButNoValuesUnlessAllowed() {
        GooferClient db = client(threshold(50).build());
        this.database.took = Duration.ofMillis(75);
        db.user().findMany().where(UserFields.EMAIL.eq("ada@example.com")).fetch();
        String line = QueryProfiler.message(this.profiler.slowQueryLog().entries().get(0), Duration.ofMillis(50));
        assertThat(line)
            .startsWith("Slow query: find_many on User took 75 ms (threshold 50 ms; shard default, "
                    + "dialect postgresql, outcome success, cached none, 1 statement)")
            .contains("SQL: SELECT \"id\" FROM \"User\" WHERE \"id\" = ?")
            .doesNotContain("ada@example.com")
            .doesNotContain("Parameters");
        db = client(threshold(50).logParameters(true).build());
        db.user().findMany().where(UserFields.EMAIL.eq("ada@example.com")).fetch();
        assertThat(QueryProfiler.message(this.profiler.slowQueryLog().entries().get(0), Duration.ofMillis(50)))
            .endsWith("Parameters: [ada@example.com]");
    }

}
