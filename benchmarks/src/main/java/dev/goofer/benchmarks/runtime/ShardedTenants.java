package dev.goofer.benchmarks.runtime;

import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.sharding.HashShardingStrategy;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardKey;
import dev.goofer.sharding.ShardRouter;
import dev.goofer.sharding.ShardingConfiguration;

/**
 * Three fresh PostgreSQL databases {@code goofer_bench_shard_0..2} as shards {@code s0},
 * {@code s1}, {@code s2} behind a router with the hash strategy (as the router's own
 * tests configure it), customers written through the router so that the strategy spreads
 * them, and a plain client on each shard's database that uses the same executor as the
 * router.
 */
final class ShardedTenants implements AutoCloseable {

    static final List<String> SHARDS = List.of("s0", "s1", "s2");

    private static final int BATCH = 1_000;

    private final List<String> databases = new ArrayList<>();

    private final List<HikariDataSource> pools = new ArrayList<>();

    private final List<GooferClient> direct = new ArrayList<>();

    private final ShardRouter router;

    private final GooferClient routed;

    private final int tenants;

    ShardedTenants(int customers, int tenants) {
        this.tenants = tenants;
        ShardingConfiguration.Builder configuration = ShardingConfiguration.builder(GooferSchema.SCHEMA);
        for (int i = 0; i < SHARDS.size(); i++) {
            String database = "goofer_bench_shard_" + i;
            HikariDataSource pool = BenchDatabases.freshPostgres(database);
            this.databases.add(database);
            this.pools.add(pool);
            JdbcQueryExecutor executor = JdbcQueryExecutor.create(pool, GooferSchema.SCHEMA);
            configuration.shard(Shard.of(SHARDS.get(i), executor));
            this.direct.add(new GooferClient(executor));
        }
        this.router = new ShardRouter(configuration.defaultShard("s0").broadcast("Country").build());
        this.routed = new GooferClient(this.router);
        List<CustomerCreate> data = BenchDatabases.customers(customers, tenants);
        for (int from = 0; from < data.size(); from += BATCH) {
            this.routed.customer().createMany(data.subList(from, Math.min(from + BATCH, data.size()))).execute();
        }
        for (GooferClient client : this.direct) {
            client.executeRaw("ANALYZE").execute();
        }
    }

    /** The client through the router. */
    GooferClient routed() {
        return this.routed;
    }

    /** The plain client on one shard's database, without the router. */
    GooferClient direct(int shard) {
        return this.direct.get(shard);
    }

    /** The index of the shard the hash strategy puts a customer on. */
    int shardOf(int customer) {
        return HashShardingStrategy.index(
                new ShardKey("Customer", List.of("tenantId"), List.of(BenchDatabases.tenantOf(customer, this.tenants))),
                SHARDS.size());
    }

    @Override
    public void close() {
        this.router.close();
        this.pools.forEach(HikariDataSource::close);
        this.databases.forEach(BenchDatabases::dropPostgres);
    }

}
