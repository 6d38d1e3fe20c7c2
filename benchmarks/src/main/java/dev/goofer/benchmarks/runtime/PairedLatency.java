package dev.goofer.benchmarks.runtime;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.client.WhereUnique;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import org.jspecify.annotations.Nullable;

/**
 * Paired latencies on PostgreSQL, for a machine whose load changes faster than JMH's
 * forks: a baseline and a subject run in alternating blocks of calls (the order flips
 * every block), each call timed alone, so that both see the same load. Prints the median
 * and mean of each and their ratio. Pairs: a {@code findUnique} through the shard router
 * against a plain client on the customer's shard; a query cache miss (the cache emptied
 * before each call, outside the timed call) against no cache.
 *
 * <pre>
 * GOOFER_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' \
 *   java -cp benchmarks/target/benchmarks.jar dev.goofer.benchmarks.runtime.PairedLatency [blocks]
 * </pre>
 */
public final class PairedLatency {

    private static final int CUSTOMERS = 30_000;

    private static final int TENANTS = 300;

    private static final int BLOCK = 200;

    private PairedLatency() {
    }

    /**
     * Run both pairs.
     * @param args the number of blocks of each side (default 150)
     */
    public static void main(String[] args) {
        int blocks = (args.length > 0) ? Integer.parseInt(args[0]) : 150;
        try (ShardedTenants shards = new ShardedTenants(CUSTOMERS, TENANTS)) {
            int[] shardOf = new int[CUSTOMERS];
            for (int i = 0; i < CUSTOMERS; i++) {
                shardOf[i] = shards.shardOf(i);
            }
            compare("findUnique: router vs plain client on the shard", blocks,
                    (i) -> shards.direct(shardOf[i]).customer().findUnique(where(i)).fetch(),
                    (i) -> shards.routed().customer().findUnique(where(i)).fetch(), null);
        }
        HikariDataSource dataSource = BenchDatabases.freshPostgres("goofer_bench_paired");
        try {
            JdbcQueryExecutor jdbc = JdbcQueryExecutor.create(dataSource, GooferSchema.SCHEMA);
            GooferClient plain = new GooferClient(jdbc);
            plain.customer().createMany(BenchDatabases.customers(CUSTOMERS, TENANTS)).execute();
            CachingQueryExecutor cache = CachingQueryExecutor
                .builder(JdbcQueryExecutor.create(dataSource, GooferSchema.SCHEMA), GooferSchema.SCHEMA)
                .build();
            GooferClient cached = new GooferClient(cache);
            compare("findUnique: cache miss vs no cache", blocks, (i) -> plain.customer().findUnique(where(i)).fetch(),
                    (i) -> cached.customer().findUnique(where(i)).cache().fetch(), cache::invalidateAll);
            System.out.println("query cache: " + cache.stats());
        }
        finally {
            dataSource.close();
            BenchDatabases.dropPostgres("goofer_bench_paired");
        }
    }

    private static void compare(String title, int blocks, IntConsumer baseline, IntConsumer subject,
            @Nullable Runnable beforeEach) {
        long[] base = new long[blocks * BLOCK];
        long[] test = new long[blocks * BLOCK];
        int customer = 0;
        for (int warmup = 0; warmup < 20_000; warmup++) {
            customer = (customer + 1) % CUSTOMERS;
            run(baseline, customer, beforeEach);
            run(subject, customer, beforeEach);
        }
        for (int block = 0; block < blocks; block++) {
            for (int side = 0; side < 2; side++) {
                boolean baseFirst = block % 2 == 0;
                boolean isBase = (side == 0) == baseFirst;
                long[] into = isBase ? base : test;
                for (int i = 0; i < BLOCK; i++) {
                    customer = (customer + 1) % CUSTOMERS;
                    into[block * BLOCK + i] = run(isBase ? baseline : subject, customer, beforeEach);
                }
            }
        }
        System.out.println(title + " (" + blocks + " blocks of " + BLOCK + " calls each)");
        System.out.println(line("baseline", base));
        System.out.println(line("subject", test));
        System.out.println(String.format(Locale.ROOT, "  ratio of medians %.4f, ratio of means %.4f",
                percentile(test, 0.5) / percentile(base, 0.5), mean(test) / mean(base)));
    }

    private static long run(IntConsumer call, int customer, @Nullable Runnable beforeEach) {
        if (beforeEach != null) {
            beforeEach.run();
        }
        long start = System.nanoTime();
        call.accept(customer);
        return System.nanoTime() - start;
    }

    private static String line(String name, long[] nanos) {
        return String.format(Locale.ROOT, "  %-8s median %8.2f us, mean %8.2f us, p90 %8.2f us", name,
                percentile(nanos, 0.5), mean(nanos), percentile(nanos, 0.9));
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1000.0;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1000.0;
    }

    private static WhereUnique<Customer> where(int customer) {
        return CustomerWhereUnique.tenantId_id(BenchDatabases.tenantOf(customer, TENANTS),
                BenchDatabases.idOf(customer));
    }

}
