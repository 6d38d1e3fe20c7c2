package dev.goofer.benchmarks.runtime;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.cache.QueryCacheStats;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.client.WhereUnique;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A {@code findUnique} of a customer by primary key, cycling through the same customers
 * in every benchmark: with no cache at all ({@code uncached}), served from the query
 * cache ({@code cacheHit}, every key cached in setup), and missing a second cache
 * ({@code cacheMiss}: that cache is emptied before each call, outside the measured time,
 * so every call computes the key, looks it up, reads the database and stores the result).
 * {@code uncachedPerCall} is the baseline of {@code cacheMiss}: the uncached read timed
 * call by call in the same way, so both carry the same timing overhead.
 *
 * <pre>
 * GOOFER_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar QueryCacheBenchmark -f 1 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class QueryCacheBenchmark {

    /** {@code postgresql} (a fresh database on the server) or {@code sqlite} (a file). */
    @Param({ "postgresql", "sqlite" })
    public String database = "postgresql";

    /**
     * Where Caffeine runs its maintenance after writes to the cache: {@code default} (the
     * executor's own choice, which the starter uses), {@code commonPool}
     * ({@code ForkJoinPool.commonPool()}, Caffeine's default) or {@code callerThread}
     * ({@code Runnable::run}).
     */
    @Param("default")
    public String maintenance = "default";

    /** The number of customers read in turn. */
    @Param("1000")
    public int customers;

    private static final String POSTGRES_DATABASE = "goofer_bench_cache";

    private static final int TENANTS = 10;

    private @Nullable HikariDataSource dataSource;

    private @Nullable GooferClient plain;

    private @Nullable GooferClient cached;

    private @Nullable CachingQueryExecutor cache;

    private @Nullable CachingQueryExecutor missCache;

    private @Nullable GooferClient missed;

    private int next;

    /** Create the database, fill it, and cache every customer for {@code cacheHit}. */
    @Setup
    public void createDatabase() {
        HikariDataSource created = "sqlite".equals(this.database) ? BenchDatabases.freshSqlite()
                : BenchDatabases.freshPostgres(POSTGRES_DATABASE);
        this.dataSource = created;
        GooferClient plainClient = new GooferClient(JdbcQueryExecutor.create(created, GooferSchema.SCHEMA));
        this.plain = plainClient;
        java.util.List<CustomerCreate> data = BenchDatabases.customers(this.customers, TENANTS);
        plainClient.customer().createMany(data).execute();
        CachingQueryExecutor cachingExecutor = cachingExecutor(created);
        this.cache = cachingExecutor;
        this.cached = new GooferClient(cachingExecutor);
        CachingQueryExecutor missingExecutor = cachingExecutor(created);
        this.missCache = missingExecutor;
        this.missed = new GooferClient(missingExecutor);
        for (int i = 0; i < this.customers; i++) {
            if (cacheHit().isEmpty()) {
                throw new IllegalStateException("Customer " + i + " was not found");
            }
        }
    }

    private CachingQueryExecutor cachingExecutor(HikariDataSource dataSource) {
        CachingQueryExecutor.Builder builder = CachingQueryExecutor
            .builder(JdbcQueryExecutor.create(dataSource, GooferSchema.SCHEMA), GooferSchema.SCHEMA);
        if ("callerThread".equals(this.maintenance)) {
            builder.executor(Runnable::run);
        }
        else if ("commonPool".equals(this.maintenance)) {
            builder.executor(ForkJoinPool.commonPool());
        }
        return builder.build();
    }

    /** Print how the cache served the reads, then drop the database. */
    @TearDown
    public void dropDatabase() {
        if (this.cache != null) {
            QueryCacheStats stats = this.cache.stats();
            System.out.println("query cache (hits): " + stats);
        }
        if (this.missCache != null) {
            System.out.println("query cache (misses): " + this.missCache.stats());
        }
        if (this.dataSource != null) {
            this.dataSource.close();
            if (!"sqlite".equals(this.database)) {
                BenchDatabases.dropPostgres(POSTGRES_DATABASE);
            }
        }
    }

    /**
     * Read the next customer without a cache.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> uncached() {
        return required(this.plain).customer().findUnique(nextWhere()).fetch();
    }

    /**
     * Read the next customer from the cache, where it is.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> cacheHit() {
        return required(this.cached).customer().findUnique(nextWhere()).cache().fetch();
    }

    /**
     * Read the next customer without a cache, timed call by call like {@code cacheMiss}.
     * @param emptied the per-call setup {@code cacheMiss} uses
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> uncachedPerCall(EmptiedCache emptied) {
        return required(this.plain).customer().findUnique(nextWhere()).fetch();
    }

    /**
     * Read the next customer through the cache, which was emptied just before.
     * @param emptied the per-call setup that empties the cache
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> cacheMiss(EmptiedCache emptied) {
        return required(this.missed).customer().findUnique(nextWhere()).cache().fetch();
    }

    CachingQueryExecutor missCache() {
        return required(this.missCache);
    }

    private WhereUnique<Customer> nextWhere() {
        int customer = this.next;
        this.next = (customer + 1 == this.customers) ? 0 : customer + 1;
        return CustomerWhereUnique.tenantId_id(BenchDatabases.tenantOf(customer, TENANTS),
                BenchDatabases.idOf(customer));
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("The database was not set up");
        }
        return value;
    }

    /**
     * Empties the cache before each call, outside the measured time.
     */
    @State(Scope.Thread)
    public static class EmptiedCache {

        /**
         * Drop every cached result.
         * @param benchmark the benchmark whose cache to empty
         */
        @Setup(Level.Invocation)
        public void empty(QueryCacheBenchmark benchmark) {
            benchmark.missCache().invalidateAll();
        }

    }

}
