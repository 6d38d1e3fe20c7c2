package dev.goofer.profiling;

import java.time.Duration;

import dev.goofer.fixture.blog.GooferClient;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Operations as Micrometer observations.
 */
class QueryObservationTests {

    private final TimedDatabase database = new TimedDatabase();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final QueryProfiler profiler = QueryProfiler.builder()
        .observationRegistry(this.registry)
        .clock(this.database.clock)
        .settings(ProfilingSettings.builder().slowQueryThreshold(Duration.ofSeconds(1)).build())
        .build();

    private final GooferClient db = new GooferClient(this.profiler.decorate(this.database, "mysql"));

    @Test
    void eachOperationIsAnObservationWithTheTagsOfItsEnd() {
        this.db.on("s1").user().count().fetch();
        TestObservationRegistryAssert.assertThat(this.registry)
            .hasObservationWithNameEqualTo("goofer.query")
            .that()
            .hasContextualNameEqualTo("goofer count User")
            .hasLowCardinalityKeyValue("model", "User")
            .hasLowCardinalityKeyValue("operation", "count")
            .hasLowCardinalityKeyValue("outcome", "success")
            .hasLowCardinalityKeyValue("shard", "s1")
            .hasLowCardinalityKeyValue("dialect", "mysql")
            .hasLowCardinalityKeyValue("cached", "none")
            .doesNotHaveHighCardinalityKeyValueWithKey("sql")
            .hasBeenStarted()
            .hasBeenStopped();
    }

    @Test
    void failedOperationsAreObservedAsErrors() {
        this.database.failure = new DataAccessResourceFailureException("down");
        assertThatThrownBy(() -> this.db.post().findMany().fetch()).hasMessage("down");
        TestObservationRegistryAssert.assertThat(this.registry)
            .hasObservationWithNameEqualTo("goofer.query")
            .that()
            .hasLowCardinalityKeyValue("outcome", "error")
            .hasLowCardinalityKeyValue("model", "Post")
            .hasError();
    }

    @Test
    void slowObservedOperationsStillReachTheLog() {
        this.database.took = Duration.ofSeconds(2);
        this.db.user().findMany().fetch();
        org.assertj.core.api.Assertions.assertThat(this.profiler.slowQueryLog().entries())
            .singleElement()
            .extracting(SlowQuery::duration)
            .isEqualTo(Duration.ofSeconds(2));
    }

}
