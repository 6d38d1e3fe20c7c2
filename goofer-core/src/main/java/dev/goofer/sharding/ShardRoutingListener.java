package dev.goofer.sharding;

/**
 * Told where each operation runs, on the calling thread, before it runs: the hook the
 * profiler uses to tag the current {@code goofer.query} observation with {@code shard}
 * and {@code fanout} (the observation is current on that thread when the profiler
 * decorates the router). Implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface ShardRoutingListener {

    /**
     * Called once per operation the router routes, including the second-round reads it
     * issues itself for relations across shards.
     * @param decision where the operation runs
     */
    void routed(RoutingDecision decision);

}
