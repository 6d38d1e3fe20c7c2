package dev.goofer.sharding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Runs one task per shard in parallel on a bounded executor and waits for all of them
 * within the fan-out timeout. Shards whose data source has a transaction bound to the
 * calling thread run on the calling thread, so they see its uncommitted work. Any failure
 * fails the whole fan-out (no partial results): the first in shard order is thrown, the
 * others are added to it as suppressed.
 */
final class FanOut implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;

    private final boolean owned;

    private final Duration timeout;

    FanOut(ShardingConfiguration configuration) {
        ExecutorService given = configuration.fanOutExecutor();
        this.owned = given == null;
        this.executor = (given != null) ? given : pool(configuration.fanOutParallelism());
        this.timeout = configuration.fanOutTimeout();
    }

    private static ExecutorService pool(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = (runnable) -> {
            Thread thread = new Thread(runnable, "goofer-shard-fanout-" + pool + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(threads * 64), factory, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    Duration timeout() {
        return this.timeout;
    }

    ExecutorService executor() {
        return this.executor;
    }

    /**
     * Run {@code task} for every shard and return the results in shard order.
     * @param shards the shards
     * @param operation the operation, for error messages
     * @param onCaller which shards must run on the calling thread
     * @param task the work for one shard
     */
    <T> List<T> run(List<String> shards, String operation, Predicate<String> onCaller, Function<String, T> task) {
        List<@Nullable Future<T>> futures = new ArrayList<>(shards.size());
        List<@Nullable T> local = new ArrayList<>(shards.size());
        for (String shard : shards) {
            boolean caller = shards.size() == 1 || onCaller.test(shard);
            futures.add(caller ? null : this.executor.submit(() -> task.apply(shard)));
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            if (futures.get(i) == null) {
                try {
                    local.add(task.apply(shards.get(i)));
                }
                catch (RuntimeException ex) {
                    failures.add(ex);
                    local.add(null);
                }
            }
            else {
                local.add(null);
            }
        }
        return collect(shards, operation, futures, local, failures);
    }

    private <T> List<T> collect(List<String> shards, String operation, List<@Nullable Future<T>> futures,
            List<@Nullable T> results, List<RuntimeException> failures) {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            @Nullable Future<T> future = futures.get(i);
            if (future == null) {
                continue;
            }
            try {
                results.set(i, future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            catch (TimeoutException | CancellationException ex) {
                pending.add(shards.get(i));
            }
            catch (ExecutionException ex) {
                failures.add(unwrap(shards.get(i), operation, ex.getCause()));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                futures.forEach((each) -> cancel(each));
                throw new DataAccessResourceFailureException(operation + " was interrupted while waiting for shards",
                        ex);
            }
        }
        if (!pending.isEmpty()) {
            futures.forEach((each) -> cancel(each));
            ShardTimeoutException timedOut = new ShardTimeoutException(operation, pending, this.timeout);
            failures.forEach(timedOut::addSuppressed);
            throw timedOut;
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
        return results;
    }

    private static void cancel(@Nullable Future<?> future) {
        if (future != null) {
            future.cancel(true);
        }
    }

    private static RuntimeException unwrap(String shard, String operation, Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return Failures.wrap(shard, operation, runtime);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ShardUnavailableException(shard, operation, cause);
    }

    @Override
    public void close() {
        if (this.owned) {
            this.executor.shutdownNow();
        }
    }

}
