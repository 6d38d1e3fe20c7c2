package dev.goofer.sharding;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Health of the shards: a cheap {@code SELECT 1} on a connection of each primary and
 * replica, with a query timeout. What the actuator health indicator reports, per shard.
 */
public final class ShardHealth {

    /** Default query timeout of a probe. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final List<Shard> shards;

    ShardHealth(List<Shard> shards) {
        this.shards = List.copyOf(shards);
    }

    /**
     * Probe every primary and replica, in configuration order.
     * @return one status per database
     */
    public List<ShardStatus> check() {
        return check(DEFAULT_TIMEOUT);
    }

    /**
     * Probe every primary and replica, in configuration order.
     * @param timeout the query timeout of each probe (rounded up to whole seconds)
     * @return one status per database
     */
    public List<ShardStatus> check(Duration timeout) {
        List<ShardStatus> statuses = new ArrayList<>();
        for (Shard shard : this.shards) {
            statuses.addAll(check(shard, timeout));
        }
        return statuses;
    }

    /**
     * Probe the primary and replicas of one shard.
     * @param shard the shard name
     * @return one status per database of the shard
     * @throws ShardRoutingException for an unknown shard
     */
    public List<ShardStatus> check(String shard) {
        for (Shard each : this.shards) {
            if (each.name().equals(shard)) {
                return check(each, DEFAULT_TIMEOUT);
            }
        }
        throw new ShardRoutingException("Unknown shard \"" + shard + "\"");
    }

    private static List<ShardStatus> check(Shard shard, Duration timeout) {
        List<ShardStatus> statuses = new ArrayList<>();
        statuses.add(probe(shard.name(), "primary", shard.dataSource(), timeout));
        for (int i = 0; i < shard.replicas().size(); i++) {
            statuses.add(probe(shard.name(), "replica-" + i, shard.replicas().get(i).dataSource(), timeout));
        }
        return statuses;
    }

    static ShardStatus probe(String shard, String node, DataSource dataSource, Duration timeout) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
            statement.execute("SELECT 1");
            return new ShardStatus(shard, node, true, Duration.ofNanos(System.nanoTime() - start), null);
        }
        catch (SQLException | RuntimeException ex) {
            return new ShardStatus(shard, node, false, Duration.ofNanos(System.nanoTime() - start),
                    String.valueOf(ex.getMessage()));
        }
    }

    /**
     * The outcome of one probe.
     *
     * @param shard the shard name
     * @param node {@code primary} or {@code replica-<index>}
     * @param up whether the probe succeeded
     * @param latency how long the probe took, connection included
     * @param error the failure message when down
     */
    public record ShardStatus(String shard, String node, boolean up, Duration latency, @Nullable String error) {

        public ShardStatus {
            Objects.requireNonNull(shard, "shard");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(latency, "latency");
        }

    }

}
