package dev.goofer.sharding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import org.jspecify.annotations.Nullable;

/**
 * What the actuator endpoint shows about sharding: the shards, the default shard, the
 * strategy, where each model lives and the merge limits.
 *
 * @param shards the shards, in configuration order
 * @param defaultShard the shard of models without a shard key
 * @param strategy the description of the default strategy
 * @param models the placement of each model, in schema order
 * @param fanOutTimeout how long a fan-out read may take
 * @param maxMergeRows the maximum number of rows merged in memory
 * @param writeFanOut whether keyless {@code updateMany}/{@code deleteMany} run on every
 * shard
 */
public record ShardingDescription(List<ShardInfo> shards, String defaultShard, String strategy,
        List<ModelPlacement> models, Duration fanOutTimeout, int maxMergeRows, boolean writeFanOut) {

    public ShardingDescription {
        shards = List.copyOf(shards);
        Objects.requireNonNull(defaultShard, "defaultShard");
        Objects.requireNonNull(strategy, "strategy");
        models = List.copyOf(models);
        Objects.requireNonNull(fanOutTimeout, "fanOutTimeout");
    }

    static ShardingDescription of(ShardingConfiguration configuration) {
        List<ShardInfo> shards = new ArrayList<>();
        for (Shard shard : configuration.shards()) {
            shards.add(new ShardInfo(shard.name(), shard.dialect().name(), shard.replicas().size()));
        }
        List<ModelPlacement> models = new ArrayList<>();
        for (ModelMeta model : configuration.schema().models()) {
            List<String> key = configuration.shardKey(model);
            if (!key.isEmpty()) {
                models.add(new ModelPlacement(model.name(), "sharded", key,
                        configuration.strategy(model.name()).description()));
            }
            else if (configuration.broadcastModels().contains(model.name())) {
                models.add(new ModelPlacement(model.name(), "broadcast", List.of(), null));
            }
            else {
                models.add(new ModelPlacement(model.name(), "default-shard", List.of(), null));
            }
        }
        return new ShardingDescription(shards, configuration.defaultShard(), configuration.strategy().description(),
                models, configuration.fanOutTimeout(), configuration.maxMergeRows(), configuration.writeFanOut());
    }

    /**
     * One shard.
     *
     * @param name the shard name
     * @param dialect the dialect name
     * @param replicas the number of read replicas
     */
    public record ShardInfo(String name, String dialect, int replicas) {

    }

    /**
     * Where one model lives.
     *
     * @param model the model name
     * @param placement {@code sharded}, {@code broadcast} or {@code default-shard}
     * @param shardKey the shard key fields of a sharded model
     * @param strategy the strategy description of a sharded model
     */
    public record ModelPlacement(String model, String placement, List<String> shardKey, @Nullable String strategy) {

    }

}
