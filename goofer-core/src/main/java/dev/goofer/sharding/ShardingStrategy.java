package dev.goofer.sharding;

import java.util.List;

/**
 * Decides which shard holds a shard key. Implementations must be deterministic: the same
 * key and shard list give the same shard in every JVM and after every restart, because
 * that is where the row was written.
 *
 * <p>
 * Built in: {@link #hash()} (MurmurHash3 of the key's canonical bytes, modulo the number
 * of shards) and {@link #range()} (ordered boundaries). Applications may implement their
 * own, for example a lookup table for tenants moved to a dedicated shard.
 */
@FunctionalInterface
public interface ShardingStrategy {

    /**
     * Return the shard that holds the given key.
     * @param key the shard key of a record
     * @param shards the configured shard names, in configuration order
     * @return one of {@code shards}
     */
    String shardFor(ShardKey key, List<String> shards);

    /**
     * Check this strategy against the configured shards when the router is built, for
     * example that every shard it names exists.
     * @param shards the configured shard names, in configuration order
     * @throws IllegalArgumentException if the strategy does not fit the shards
     */
    default void validate(List<String> shards) {
    }

    /**
     * Describe this strategy for the actuator endpoint and error messages.
     * @return a short description
     */
    default String description() {
        return getClass().getName();
    }

    /**
     * Return the hash strategy.
     * @return the strategy
     * @see HashShardingStrategy
     */
    static ShardingStrategy hash() {
        return HashShardingStrategy.INSTANCE;
    }

    /**
     * Start building a range strategy.
     * @return the builder
     * @see RangeShardingStrategy
     */
    static RangeShardingStrategy.Builder range() {
        return RangeShardingStrategy.builder();
    }

}
