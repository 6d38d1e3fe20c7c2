package dev.goofer.benchmarks.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.goofer.client.FindManyQuery;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A {@code findMany} without the shard key, with {@code orderBy} and {@code take 100}:
 * through the router, which runs it on the three shards in parallel and merges the
 * ordered results, beside the same query run directly on each shard's database (the
 * slowest of {@code shard0..2} is the baseline). Two orders: by the primary key, which
 * the databases read from an index (so the router's own cost weighs most), and by
 * {@code score}, which has no index (each shard sorts its rows).
 *
 * <pre>
 * GOOFER_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar ShardRouterFanOutBenchmark -f 1 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ShardRouterFanOutBenchmark {

    /** The number of customers, spread over the shards by tenant. */
    @Param("30000")
    public int customers;

    /** The number of tenants. */
    @Param("300")
    public int tenants;

    /** {@code primaryKey}: tenantId, id ascending; {@code score}: score descending. */
    @Param({ "primaryKey", "score" })
    public String order = "primaryKey";

    private @org.jspecify.annotations.Nullable ShardedTenants shards;

    /**
     * Create the shards, fill them through the router, and check that the router's merge
     * returns the first 100 of the shards' results together.
     */
    @Setup
    public void createShards() {
        ShardedTenants created = new ShardedTenants(this.customers, this.tenants);
        this.shards = created;
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < ShardedTenants.SHARDS.size(); i++) {
            all.addAll(query(created.direct(i)).fetch());
        }
        all.sort(comparator());
        List<Customer> merged = query(created.routed()).fetch();
        if (!merged.equals(all.subList(0, 100))) {
            throw new IllegalStateException("The router's merge differs from the shards' results sorted");
        }
    }

    /** Drop the shards. */
    @TearDown
    public void dropShards() {
        if (this.shards != null) {
            this.shards.close();
        }
    }

    /**
     * Read through the router, from all shards.
     * @return the first 100 customers
     */
    @Benchmark
    public List<Customer> router() {
        return query(shards().routed()).fetch();
    }

    /**
     * Read shard {@code s0} directly.
     * @return its first 100 customers
     */
    @Benchmark
    public List<Customer> shard0() {
        return query(shards().direct(0)).fetch();
    }

    /**
     * Read shard {@code s1} directly.
     * @return its first 100 customers
     */
    @Benchmark
    public List<Customer> shard1() {
        return query(shards().direct(1)).fetch();
    }

    /**
     * Read shard {@code s2} directly.
     * @return its first 100 customers
     */
    @Benchmark
    public List<Customer> shard2() {
        return query(shards().direct(2)).fetch();
    }

    private FindManyQuery<Customer, Customer> query(GooferClient client) {
        FindManyQuery<Customer, Customer> query = client.customer().findMany();
        if ("score".equals(this.order)) {
            query.orderBy(CustomerFields.SCORE.desc());
        }
        else {
            query.orderBy(CustomerFields.TENANT_ID.asc(), CustomerFields.ID.asc());
        }
        return query.take(100);
    }

    private Comparator<Customer> comparator() {
        if ("score".equals(this.order)) {
            return Comparator.comparing(Customer::score).reversed();
        }
        return Comparator.comparing(Customer::tenantId).thenComparing(Customer::id);
    }

    private ShardedTenants shards() {
        ShardedTenants created = this.shards;
        if (created == null) {
            throw new IllegalStateException("The shards were not created");
        }
        return created;
    }

}
