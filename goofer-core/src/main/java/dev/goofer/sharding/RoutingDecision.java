package dev.goofer.sharding;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where the router sent one operation: what the profiler tags {@code goofer.query} with
 * ({@code shard}, {@code fanout}) and what {@link ShardRoutingListener}s receive.
 *
 * @param model the model, or {@code null} for raw SQL
 * @param operation the operation name, such as {@code find_many}
 * @param shards the shards the operation runs on, in configuration order
 * @param reason why these shards
 */
public record RoutingDecision(@Nullable String model, String operation, List<String> shards, Reason reason) {

    public RoutingDecision {
        Objects.requireNonNull(operation, "operation");
        shards = List.copyOf(shards);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Return the number of shards touched.
     * @return the fan-out count, 1 for single-shard operations
     */
    public int fanOut() {
        return this.shards.size();
    }

    /**
     * Return the shard names as one low-cardinality tag value: the shard for single-shard
     * operations, {@code "*"} for fan-outs to every shard, else the names joined with
     * {@code ","}.
     * @param shardCount the number of configured shards
     * @return the tag value
     */
    public String shardTag(int shardCount) {
        if (this.shards.size() == 1) {
            return this.shards.get(0);
        }
        return (this.shards.size() == shardCount && shardCount > 1) ? "*" : String.join(",", this.shards);
    }

    /** Why an operation runs where it runs. */
    public enum Reason {

        /** The shard key in {@code where} or {@code data} names the shards. */
        SHARD_KEY,

        /** No shard key: a read runs on every shard and is merged (scatter-gather). */
        FAN_OUT,

        /** The model has no shard key and lives on the default shard. */
        DEFAULT_SHARD,

        /** A read of a broadcast model, served by one shard. */
        BROADCAST_READ,

        /** A write of a broadcast model, applied on every shard. */
        BROADCAST_WRITE,

        /** An explicit {@code on(shard)} override. */
        OVERRIDE,

        /** The shard the surrounding transaction is bound to. */
        TRANSACTION,

        /** Raw SQL, which runs on the default shard unless overridden. */
        RAW

    }

}
