package dev.goofer.benchmarks.runtime;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.goofer.client.WhereUnique;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
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
 * A {@code findUnique} by a customer's primary key, which holds the shard key
 * ({@code tenantId}): through the shard router over three PostgreSQL databases, beside
 * the same query through a plain client on the database the customer lives on. Both cycle
 * through the same customers in the same order; the difference is the router's cost
 * (finding the shard key, hashing it, dispatching).
 *
 * <pre>
 * GOOFER_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar ShardRouterFindUniqueBenchmark -f 1 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ShardRouterFindUniqueBenchmark {

    /** The number of customers, spread over the shards by tenant. */
    @Param("30000")
    public int customers;

    /** The number of tenants. */
    @Param("300")
    public int tenants;

    private @org.jspecify.annotations.Nullable ShardedTenants shards;

    private int[] shardOf = new int[0];

    private int next;

    /** Create the shards and fill them through the router. */
    @Setup
    public void createShards() {
        ShardedTenants created = new ShardedTenants(this.customers, this.tenants);
        this.shards = created;
        this.shardOf = new int[this.customers];
        for (int i = 0; i < this.customers; i++) {
            this.shardOf[i] = created.shardOf(i);
        }
        for (int i = 0; i < 100; i++) {
            if (routed().isEmpty() || direct().isEmpty()) {
                throw new IllegalStateException("Customer " + (this.next - 1) + " was not found");
            }
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
     * Find the next customer through the router.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> routed() {
        int customer = nextCustomer();
        return shards().routed().customer().findUnique(where(customer)).fetch();
    }

    /**
     * Find the next customer with a plain client on its shard's database.
     * @return the customer
     */
    @Benchmark
    public Optional<Customer> direct() {
        int customer = nextCustomer();
        return shards().direct(this.shardOf[customer]).customer().findUnique(where(customer)).fetch();
    }

    private int nextCustomer() {
        int customer = this.next;
        this.next = (customer + 1 == this.customers) ? 0 : customer + 1;
        return customer;
    }

    private WhereUnique<Customer> where(int customer) {
        return CustomerWhereUnique.tenantId_id(BenchDatabases.tenantOf(customer, this.tenants),
                BenchDatabases.idOf(customer));
    }

    private ShardedTenants shards() {
        ShardedTenants created = this.shards;
        if (created == null) {
            throw new IllegalStateException("The shards were not created");
        }
        return created;
    }

}
