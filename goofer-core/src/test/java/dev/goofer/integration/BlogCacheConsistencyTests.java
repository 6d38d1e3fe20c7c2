package dev.goofer.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.cache.QueryCacheStats;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A randomized test: several threads interleave cached reads with writes (nested writes,
 * many-to-many connects, cascading deletes, raw SQL, transactions that commit or roll
 * back), with fixed seeds and a bounded time, and no cached read may be stale.
 *
 * <p>
 * Two checks, neither needing a lock around the cache. (1) Quiet windows, during the run:
 * a thread notes the counts of writes started and finished, makes the cached read, then
 * the same read without the cache; if no write was in flight when the cached read started
 * and none started until the uncached read ended, the database did not change in between,
 * so both reads must be equal. (2) Quiescent phases, between rounds: once every thread
 * stopped, every read of the workload is made with and without the cache, and must be
 * equal; this catches any result stored by a read that raced with a write.
 */
abstract class BlogCacheConsistencyTests extends BlogDatabase {

    private static final long SEED = 0x600F_E8L;

    private static final int THREADS = 4;

    private static final int ROUNDS = 12;

    private static final int OPERATIONS = 40;

    private static final double WRITE_SHARE = 0.3;

    private static final Duration BUDGET = Duration.ofSeconds(60);

    static CachingQueryExecutor cache;

    static GooferClient cached;

    private final AtomicLong writesStarted = new AtomicLong();

    private final AtomicLong writesEnded = new AtomicLong();

    private final LongAdder windowChecks = new LongAdder();

    private final LongAdder skippedChecks = new LongAdder();

    private final LongAdder quiescentChecks = new LongAdder();

    private final LongAdder failedWrites = new LongAdder();

    private final LongAdder failedReads = new LongAdder();

    private final List<String> stale = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void createCachedClient() {
        cache = CachingQueryExecutor
            .builder(JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA).build(), GooferSchema.SCHEMA)
            .build();
        cached = new GooferClient(cache);
    }

    @Test
    void cachedReadsNeverServeStaleResultsUnderConcurrentWrites() throws Exception {
        cache.invalidateAll();
        List<BlogWorkload.Read> reads = BlogWorkload.reads(quote("_PostToTag"));
        List<BlogWorkload.Write> writes = BlogWorkload.writes(quote("Post"));
        long deadline = System.nanoTime() + BUDGET.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                List<Future<?>> workers = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    Random random = new Random(SEED + round * 31L + thread);
                    int index = round;
                    workers.add(threads.submit(() -> work(random, reads, writes, deadline, index)));
                }
                for (Future<?> worker : workers) {
                    worker.get(BUDGET.toSeconds() + 30, TimeUnit.SECONDS);
                }
                checkQuiescent(reads, round);
            }
        }
        finally {
            threads.shutdownNow();
        }
        QueryCacheStats stats = cache.stats();
        System.out.printf(
                "%s: %d quiet-window checks (%d skipped), %d quiescent checks, %d writes (%d failed), "
                        + "%d failed reads, cache %s%n",
                kind, this.windowChecks.sum(), this.skippedChecks.sum(), this.quiescentChecks.sum(),
                this.writesEnded.get(), this.failedWrites.sum(), this.failedReads.sum(), stats);
        assertThat(this.stale).isEmpty();
        assertThat(this.windowChecks.sum()).isPositive();
        assertThat(this.quiescentChecks.sum()).isPositive();
        assertThat(stats.hits()).isPositive();
        assertThat(stats.invalidations()).isPositive();
    }

    private void work(Random random, List<BlogWorkload.Read> reads, List<BlogWorkload.Write> writes, long deadline,
            int round) {
        for (int i = 0; i < OPERATIONS && System.nanoTime() < deadline; i++) {
            if (random.nextDouble() < WRITE_SHARE) {
                write(writes.get(random.nextInt(writes.size())), random);
            }
            else {
                int read = random.nextInt(reads.size());
                checkInQuietWindow(reads.get(read), "round " + round + ", read " + read);
            }
        }
    }

    private void write(BlogWorkload.Write write, Random random) {
        this.writesStarted.incrementAndGet();
        try {
            int mode = random.nextInt(10);
            if (mode == 0) {
                cached.transaction((tx) -> {
                    write.run(tx, db, random);
                    throw new RolledBack();
                });
            }
            else if (mode == 1) {
                cached.transaction((tx) -> {
                    write.run(tx, db, random);
                    return null;
                });
            }
            else {
                write.run(cached, db, random);
            }
        }
        catch (DataAccessException | RolledBack ex) {
            this.failedWrites.increment();
        }
        finally {
            this.writesEnded.incrementAndGet();
        }
    }

    private void checkInQuietWindow(BlogWorkload.Read read, String name) {
        long started = this.writesStarted.get();
        long ended = this.writesEnded.get();
        try {
            Object fromCache = read.fetch(cached, true);
            Object fromDatabase = read.fetch(db, false);
            if (started != ended || this.writesStarted.get() != started) {
                this.skippedChecks.increment();
                return;
            }
            this.windowChecks.increment();
            if (!Objects.equals(fromCache, fromDatabase)) {
                this.stale.add(name + ": cached " + fromCache + " but the database holds " + fromDatabase);
            }
        }
        catch (DataAccessException ex) {
            this.failedReads.increment();
        }
    }

    private void checkQuiescent(List<BlogWorkload.Read> reads, int round) {
        for (int i = 0; i < reads.size(); i++) {
            BlogWorkload.Read read = reads.get(i);
            Object fromCache = read.fetch(cached, true);
            Object again = read.fetch(cached, true);
            Object fromDatabase = read.fetch(db, false);
            this.quiescentChecks.increment();
            if (!Objects.equals(fromCache, fromDatabase) || !Objects.equals(again, fromDatabase)) {
                this.stale.add("after round " + round + ", read " + i + ": cached " + fromCache + " but the "
                        + "database holds " + fromDatabase);
            }
        }
    }

    /** Rolls a transaction back on purpose. */
    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RolledBack() {
            super("rolled back on purpose", null, false, false);
        }

    }

}
