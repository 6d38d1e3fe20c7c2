package dev.goofer.benchmarks.workload;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
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
import org.jspecify.annotations.Nullable;

/**
 * The workloads, per database and contender. Every fork pushes the schema and seeds the
 * same 1,000 users and 10,000 posts; writes are undone after every iteration (and the
 * 10,000 created posts after every invocation of {@code createMany}), so no iteration
 * sees another's rows. Run them all as a table with
 * {@code dev.goofer.benchmarks.BenchmarkTable}, or one with JMH:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WorkloadBenchmark.findUnique -p database=sqlite -p contender=goofer
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WorkloadBenchmark {

    /** The database: {@code postgresql} or {@code sqlite}. */
    @Param({ "postgresql", "sqlite" })
    public String database = "postgresql";

    /** The contender: one of {@link Contenders#NAMES}. */
    @Param({ "jdbc", "goofer", "jooq", "hibernate", "mybatis" })
    public String contender = "jdbc";

    private @Nullable HikariDataSource dataSource;

    private @Nullable Contender runner;

    private int counter;

    /**
     * Prepare the database and the contender, and check that it reads the seeded data.
     * @throws SQLException if the database cannot be prepared
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        Database db = Database.named(this.database);
        this.dataSource = db.prepare();
        this.runner = Contenders.create(this.contender, this.dataSource, db);
        Contenders.check(this.runner, this.contender);
    }

    /**
     * Undo the writes of the iteration.
     * @throws SQLException if the reset fails
     */
    @TearDown(Level.Iteration)
    public void resetWrites() throws SQLException {
        Database.reset(dataSource());
    }

    /**
     * Close the contender and the pool.
     */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (this.runner != null) {
            this.runner.close();
        }
        if (this.dataSource != null) {
            this.dataSource.close();
        }
    }

    HikariDataSource dataSource() {
        HikariDataSource ds = this.dataSource;
        if (ds == null) {
            throw new IllegalStateException("Not set up");
        }
        return ds;
    }

    private Contender runner() {
        Contender contender = this.runner;
        if (contender == null) {
            throw new IllegalStateException("Not set up");
        }
        return contender;
    }

    private int next() {
        return this.counter++ & Integer.MAX_VALUE;
    }

    /**
     * {@code findUnique} of a user by id.
     * @return the user
     */
    @Benchmark
    public @Nullable Object findUnique() {
        return runner().findUnique(next() % Database.USERS + 1);
    }

    /**
     * {@code findMany} of posts with two filters, two orderings and {@code take 100}.
     * @return the posts
     */
    @Benchmark
    public List<?> findMany() {
        return runner().findMany((next() % 9) * 100);
    }

    /**
     * {@code findMany} of 100 users with their 10 posts each.
     * @return the users
     */
    @Benchmark
    public List<?> findManyInclude() {
        return runner().findManyWithPosts((next() % 9) * 100 + 1);
    }

    /**
     * A nested create of a user with 10 posts, in one transaction.
     * @return the new user's id
     */
    @Benchmark
    public int nestedCreate() {
        return runner().nestedCreate("new" + next() + "@example.com");
    }

    /**
     * {@code createMany} of 10,000 posts, batched, in one transaction.
     * @param created deletes the posts after every invocation
     * @return how many were created
     */
    @Benchmark
    public long createMany(CreatedPosts created) {
        return runner().createMany(next() % Database.USERS + 1, 10_000);
    }

    /**
     * {@code updateMany} of the 100 posts of 10 authors.
     * @return how many were updated
     */
    @Benchmark
    public long updateMany() {
        int step = next();
        return runner().updateMany((step % 99) * 10 + 1, step % 1000);
    }

    /**
     * {@code groupBy} of posts by publication state with count, sum, average and maximum.
     * @return the groups
     */
    @Benchmark
    public List<?> groupBy() {
        return runner().groupBy((next() % 9) * 100);
    }

    /**
     * The {@code findMany} above through the contender's query cache (9 distinct
     * queries).
     * @return the posts
     */
    @Benchmark
    public List<?> cachedRead() {
        return runner().cachedFindMany((next() % 9) * 100);
    }

    /**
     * Deletes the posts that {@code createMany} added, after every invocation, outside
     * the measured time.
     */
    @State(Scope.Thread)
    public static class CreatedPosts {

        /**
         * Delete the created posts.
         * @param benchmark the benchmark state
         * @throws SQLException if the delete fails
         */
        @TearDown(Level.Invocation)
        public void delete(WorkloadBenchmark benchmark) throws SQLException {
            Database.deleteCreatedPosts(benchmark.dataSource());
        }

    }

}
