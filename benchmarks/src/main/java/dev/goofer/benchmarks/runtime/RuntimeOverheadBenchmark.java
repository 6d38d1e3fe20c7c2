package dev.goofer.benchmarks.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.WhereUnique;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardRouter;
import dev.goofer.sharding.ShardingConfiguration;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the shard router and a query cache miss add to a {@code findUnique}, without the
 * database: every executor under the client is a {@link ReplayingExecutor} that answers
 * with a customer read once from an SQLite file. The end-to-end benchmarks
 * ({@link ShardRouterFindUniqueBenchmark}, {@link QueryCacheBenchmark}) compare against a
 * real round trip, whose variation on a shared machine can hide a few percent; these
 * measure the added cost itself, to set against the round trip they measure.
 * {@code cacheMiss} and its baseline {@code uncachedPerCall} empty the cache before each
 * call and are timed call by call, which adds the same timer cost to both.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuntimeOverheadBenchmark -f 1 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class RuntimeOverheadBenchmark {

    private static final int CUSTOMERS = 1000;

    private static final int TENANTS = 300;

    private @Nullable HikariDataSource dataSource;

    private @Nullable ShardRouter router;

    private @Nullable GooferClient routed;

    private @Nullable GooferClient plain;

    private @Nullable CachingQueryExecutor cache;

    private @Nullable GooferClient cached;

    private int next;

    /** Read one customer from SQLite and build the clients over replaying executors. */
    @Setup
    public void createClients() {
        HikariDataSource created = BenchDatabases.freshSqlite();
        this.dataSource = created;
        JdbcQueryExecutor jdbc = JdbcQueryExecutor.create(created, GooferSchema.SCHEMA);
        new GooferClient(jdbc).customer().createMany(BenchDatabases.customers(CUSTOMERS, TENANTS)).execute();
        ReplayingExecutor replaying = new ReplayingExecutor(jdbc);
        GooferClient plainClient = new GooferClient(replaying);
        if (plainClient.customer().findUnique(where(0)).fetch().isEmpty()) {
            throw new IllegalStateException("Customer 0 was not found");
        }
        this.plain = plainClient;
        ShardingConfiguration.Builder configuration = ShardingConfiguration.builder(GooferSchema.SCHEMA);
        List<String> names = new ArrayList<>(ShardedTenants.SHARDS);
        for (String name : names) {
            configuration.shard(new Shard(name, replaying, created, jdbc.dialect(), List.of()));
        }
        ShardRouter createdRouter = new ShardRouter(configuration.defaultShard("s0").broadcast("Country").build());
        this.router = createdRouter;
        this.routed = new GooferClient(createdRouter);
        CachingQueryExecutor createdCache = CachingQueryExecutor.builder(replaying, GooferSchema.SCHEMA).build();
        this.cache = createdCache;
        this.cached = new GooferClient(createdCache);
    }

    /** Print how the cache served the reads and close the data source. */
    @TearDown
    public void close() {
        if (this.cache != null) {
            System.out.println("query cache: " + this.cache.stats());
        }
        if (this.router != null) {
            this.router.close();
        }
        if (this.dataSource != null) {
            this.dataSource.close();
        }
    }

    /**
     * Find the next customer with a plain client.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> direct() {
        return required(this.plain).customer().findUnique(nextWhere()).fetch();
    }

    /**
     * Find the next customer through the router, which routes by its shard key.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> routed() {
        return required(this.routed).customer().findUnique(nextWhere()).fetch();
    }

    /**
     * Find the next customer with a plain client, timed call by call like
     * {@code cacheMiss}.
     * @param emptied the per-call setup {@code cacheMiss} uses
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> uncachedPerCall(EmptiedCache emptied) {
        return required(this.plain).customer().findUnique(nextWhere()).fetch();
    }

    /**
     * Find the next customer through the cache, which was emptied just before.
     * @param emptied the per-call setup that empties the cache
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> cacheMiss(EmptiedCache emptied) {
        return required(this.cached).customer().findUnique(nextWhere()).cache().fetch();
    }

    CachingQueryExecutor cache() {
        return required(this.cache);
    }

    private WhereUnique<Customer> nextWhere() {
        int customer = this.next;
        this.next = (customer + 1 == CUSTOMERS) ? 0 : customer + 1;
        return where(customer);
    }

    private static WhereUnique<Customer> where(int customer) {
        return CustomerWhereUnique.tenantId_id(BenchDatabases.tenantOf(customer, TENANTS),
                BenchDatabases.idOf(customer));
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("The clients were not set up");
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
        public void empty(RuntimeOverheadBenchmark benchmark) {
            benchmark.cache().invalidateAll();
        }

    }

}
