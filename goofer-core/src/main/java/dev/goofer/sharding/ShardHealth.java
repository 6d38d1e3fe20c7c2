package dev.goofer.sharding;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Health of the shards: a cheap {@code SELECT 1} on a connection of each primary and
 * replica, run in parallel on the router's fan-out executor with a deadline. What the
 * actuator health indicator reports, per shard.
 */
public final class ShardHealth {

    /** Default query timeout of a probe. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final List<Shard> shards;

    private final ExecutorService executor;

    ShardHealth(List<Shard> shards, ExecutorService executor) {
        this.shards = List.copyOf(shards);
        this.executor = executor;
    }

    /**
     * Probe every primary and replica in parallel, in configuration order.
     * @return one status per database
     */
    public List<ShardStatus> check() {
        return check(DEFAULT_TIMEOUT);
    }

    /**
     * Probe every primary and replica in parallel, in configuration order; a database
     * that does not answer within the timeout is reported down.
     * @param timeout how long the probes may take (also each probe's query timeout,
     * rounded up to whole seconds)
     * @return one status per database
     */
    public List<ShardStatus> check(Duration timeout) {
        return probe(this.shards, timeout);
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
                return probe(List.of(each), DEFAULT_TIMEOUT);
            }
        }
        throw new ShardRoutingException("Unknown shard \"" + shard + "\"");
    }

    private List<ShardStatus> probe(List<Shard> shards, Duration timeout) {
        List<String[]> nodes = new ArrayList<>();
        List<Future<ShardStatus>> probes = new ArrayList<>();
        for (Shard shard : shards) {
            nodes.add(new String[] { shard.name(), "primary" });
            probes.add(this.executor.submit(() -> probe(shard.name(), "primary", shard.dataSource(), timeout)));
            for (int i = 0; i < shard.replicas().size(); i++) {
                String node = "replica-" + i;
                DataSource dataSource = shard.replicas().get(i).dataSource();
                nodes.add(new String[] { shard.name(), node });
                probes.add(this.executor.submit(() -> probe(shard.name(), node, dataSource, timeout)));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ShardStatus> statuses = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            statuses.add(await(probes.get(i), nodes.get(i), deadline, timeout));
        }
        return statuses;
    }

    private static ShardStatus await(Future<ShardStatus> probe, String[] node, long deadline, Duration timeout) {
        try {
            return probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            probe.cancel(true);
            return new ShardStatus(node[0], node[1], false, timeout, "No answer within " + timeout);
        }
        catch (ExecutionException ex) {
            return new ShardStatus(node[0], node[1], false, Duration.ZERO, String.valueOf(ex.getCause()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new ShardStatus(node[0], node[1], false, Duration.ZERO, "Interrupted");
        }
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
