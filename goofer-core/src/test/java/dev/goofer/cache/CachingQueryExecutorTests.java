package dev.goofer.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.query.Operation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static dev.goofer.cache.BlogOperations.CACHED;
import static dev.goofer.cache.BlogOperations.user;
import static dev.goofer.cache.BlogOperations.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is cached, for how long, under which key, and what the statistics say.
 */
class CachingQueryExecutorTests {

    private final FakeDatabase database = new FakeDatabase();

    private final FakeTicker ticker = new FakeTicker();

    private CachingQueryExecutor cache(QueryCacheSettings settings) {
        return CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
            .settings(settings)
            .ticker(this.ticker)
            .executor(Runnable::run)
            .build();
    }

    private CachingQueryExecutor cache() {
        return cache(QueryCacheSettings.builder().defaultTtl(Duration.ofMinutes(1)).build());
    }

    @Test
    void cachedReadIsServedFromTheCacheUntilItsTimeToLiveEnds() {
        CachingQueryExecutor cache = cache();
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(1));
        this.ticker.advance(Duration.ofSeconds(59));
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(1));
        this.ticker.advance(Duration.ofSeconds(1));
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(2));
        assertThat(this.database.reads).isEqualTo(2);
    }

    @Test
    void queryTimeToLiveOverridesTheModelsWhichOverridesTheDefault() {
        CachingQueryExecutor cache = cache(QueryCacheSettings.builder()
            .defaultTtl(Duration.ofMinutes(1))
            .modelTtl("User", Duration.ofSeconds(10))
            .build());
        cache.execute(user(1), CACHED);
        cache.execute(user(2), QueryOptions.DEFAULT.withCache(Duration.ofSeconds(30)));
        cache.execute(BlogOperations.tags(), CACHED);
        this.ticker.advance(Duration.ofSeconds(10));
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(4));
        assertThat(cache.execute(user(2), QueryOptions.DEFAULT.withCache(Duration.ofSeconds(30))))
            .isEqualTo(List.of(2));
        this.ticker.advance(Duration.ofSeconds(20));
        assertThat(cache.execute(user(2), QueryOptions.DEFAULT.withCache(Duration.ofSeconds(30))))
            .isEqualTo(List.of(5));
        assertThat(cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(3));
    }

    @Test
    void readsAreCachedOnlyWhenAskedOrWhenTheirModelIsAlwaysCached() {
        CachingQueryExecutor cache = cache(QueryCacheSettings.builder().cacheModel("Tag").build());
        cache.execute(users(), QueryOptions.DEFAULT);
        assertThat(cache.execute(users(), QueryOptions.DEFAULT)).isEqualTo(List.of(2));
        cache.execute(BlogOperations.tags(), QueryOptions.DEFAULT);
        assertThat(cache.execute(BlogOperations.tags(), QueryOptions.DEFAULT)).isEqualTo(List.of(3));
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void keyHoldsTheValuesTheShardAndTheKeyHint() {
        String[] hint = { "a" };
        CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
            .keyHint(() -> hint[0])
            .executor(Runnable::run)
            .build();
        cache.execute(user(1), CACHED);
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(1));
        assertThat(cache.execute(user(2), CACHED)).isEqualTo(List.of(2));
        assertThat(cache.execute(user(1), CACHED.withShard("s1"))).isEqualTo(List.of(3));
        hint[0] = "b";
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(4));
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(4));
    }

    @Test
    void equalOperationsBuiltSeparatelyShareOneEntry() {
        CachingQueryExecutor cache = cache();
        Operation<?> first = BlogOperations.usersWritingAbout("java");
        Operation<?> second = BlogOperations.usersWritingAbout("java");
        assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
        cache.execute(first, CACHED);
        assertThat(cache.execute(second, CACHED)).isEqualTo(List.of(1));
    }

    @Test
    void cachedResultsCannotBeChangedByCallers() {
        this.database.answer = (operation) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(new HashMap<>(Map.of("n", 1)));
            return rows;
        };
        CachingQueryExecutor cache = cache();
        Operation<?> raw = BlogOperations.rawQuery("SELECT 1 AS n", "User");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) cache.execute(raw, CACHED);
        assertThatThrownBy(() -> rows.add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.get(0).put("n", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cache.execute(raw, CACHED)).isSameAs(rows);
    }

    @Test
    void readsWithMutableValuesAreNotStored() {
        CachingQueryExecutor cache = cache();
        Operation<?> raw = new Operation.RawQuery("SELECT ? AS d", List.of(new Date(0)), Set.of("User"), null);
        cache.execute(raw, CACHED);
        assertThat(cache.execute(raw, CACHED)).isEqualTo(List.of(2));
        assertThat(cache.stats().size()).isZero();
    }

    @Test
    void statisticsCountHitsMissesEvictionsAndSize() {
        CachingQueryExecutor cache = cache(QueryCacheSettings.builder().maximumSize(1).build());
        cache.execute(user(1), CACHED);
        cache.execute(user(1), CACHED);
        cache.execute(user(2), CACHED);
        cache.execute(user(3), CACHED);
        cache.cleanUp();
        QueryCacheStats stats = cache.stats();
        assertThat(stats.hits()).isEqualTo(1);
        assertThat(stats.misses()).isEqualTo(3);
        assertThat(stats.evictions()).isEqualTo(2);
        assertThat(stats.size()).isEqualTo(1);
        assertThat(stats.hitRate()).isEqualTo(0.25);
    }

    @Test
    void statisticsArePublishedToMicrometerAsCacheGooferQuery() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
            .meterRegistry(registry)
            .executor(Runnable::run)
            .build();
        cache.execute(user(1), CACHED);
        cache.execute(user(1), CACHED);
        cache.execute(user(1), CACHED);
        assertThat(registry.get("cache.gets").tag("cache", "goofer.query").tag("result", "hit").counter().count())
            .isEqualTo(2);
        assertThat(registry.get("cache.gets").tag("cache", "goofer.query").tag("result", "miss").counter().count())
            .isEqualTo(1);
        assertThat(registry.get("cache.size").tag("cache", "goofer.query").gauge().value()).isEqualTo(1);
        assertThat(cache.stats().hits()).isEqualTo(2);
    }

    @Test
    void listenerHearsHitsAndMissesOfCacheableReadsOnly() {
        List<String> heard = new ArrayList<>();
        CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
            .listener((operation, outcome) -> heard.add(operation.name() + ":" + outcome.tagValue()))
            .build();
        cache.execute(user(1), CACHED);
        cache.execute(user(1), CACHED);
        cache.execute(users(), QueryOptions.DEFAULT);
        cache.execute(BlogOperations.createTag("x"), QueryOptions.DEFAULT);
        assertThat(heard).containsExactly("find_unique:miss", "find_unique:hit");
    }

    @Test
    void failedReadsAreNotCached() {
        CachingQueryExecutor cache = cache();
        this.database.answer = (operation) -> {
            throw new IllegalStateException("down");
        };
        assertThatThrownBy(() -> cache.execute(user(1), CACHED)).hasMessage("down");
        this.database.answer = null;
        assertThat(cache.execute(user(1), CACHED)).isEqualTo(List.of(2));
        assertThat(cache.stats().size()).isEqualTo(1);
    }

    @Test
    void builderAndSettingsFailFastOnRepeatedOrInvalidValues() {
        assertThatIllegalStateException().isThrownBy(() -> QueryCacheSettings.builder().maximumSize(5).maximumSize(6))
            .withMessage("maximumSize was already set to 5");
        assertThatIllegalStateException()
            .isThrownBy(() -> CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
                .ticker(this.ticker)
                .ticker(this.ticker));
        assertThatThrownBy(() -> cache(QueryCacheSettings.builder().cacheModel("Users").build()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Query cache settings name model \"Users\", which the schema does not have; models are "
                    + "[User, Profile, Post, Tag]");
        assertThatThrownBy(() -> QueryCacheSettings.builder().defaultTtl(Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("defaultTtl must be positive");
    }

}
