package dev.goofer.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.sharding.ShardHealth;
import dev.goofer.sharding.ShardRouter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one shard: a {@code SELECT 1} on its primary and each replica, with a
 * deadline. Down when any of them does not answer.
 */
public class ShardHealthIndicator implements HealthIndicator {

    private final ShardRouter router;

    private final String shard;

    /**
     * Create the indicator.
     * @param router the router
     * @param shard the shard name
     */
    public ShardHealthIndicator(ShardRouter router, String shard) {
        this.router = Objects.requireNonNull(router, "router");
        this.shard = Objects.requireNonNull(shard, "shard");
    }

    @Override
    public Health health() {
        List<ShardHealth.ShardStatus> statuses = this.router.health().check(this.shard);
        boolean up = statuses.stream().allMatch(ShardHealth.ShardStatus::up);
        Health.Builder builder = up ? Health.up() : Health.down();
        for (ShardHealth.ShardStatus status : statuses) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("status", status.up() ? "UP" : "DOWN");
            node.put("latencyMs", GooferEndpoint.millis(status.latency()));
            if (status.error() != null) {
                node.put("error", status.error());
            }
            builder.withDetail(status.node(), node);
        }
        return builder.build();
    }

}
