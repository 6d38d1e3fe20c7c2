package dev.goofer.sharding;

import java.util.List;

/**
 * Hash sharding: the shard at index {@code unsigned(murmur3_32(key.canonicalBytes(), 0))
 * mod shards.size()} of the configured shard list. MurmurHash3 x86 32-bit with seed 0 and
 * the canonical bytes of {@link ShardKey} are fixed, so assignments are stable across
 * JVMs and restarts; they change when shards are added, removed or reordered (resharding
 * is a data migration, not a configuration change).
 */
public final class HashShardingStrategy implements ShardingStrategy {

    static final HashShardingStrategy INSTANCE = new HashShardingStrategy();

    private HashShardingStrategy() {
    }

    @Override
    public String shardFor(ShardKey key, List<String> shards) {
        return shards.get(index(key, shards.size()));
    }

    /**
     * Return the index of the shard that holds a key.
     * @param key the key
     * @param shardCount the number of shards
     * @return the zero-based index
     */
    public static int index(ShardKey key, int shardCount) {
        if (shardCount <= 0) {
            throw new IllegalArgumentException("shardCount must be positive, was " + shardCount);
        }
        long hash = Integer.toUnsignedLong(Murmur3.hash32(key.canonicalBytes(), 0));
        return (int) (hash % shardCount);
    }

    @Override
    public String description() {
        return "hash (murmur3_32 of the canonical key bytes, modulo the shard count)";
    }

    @Override
    public String toString() {
        return "HashShardingStrategy";
    }

}
