package dev.goofer.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * How the shard router spreads models over goofer.shards (goofer.routing.*).
 */
public class RoutingProperties {

    /**
     * Shard of the models without a shard key, where broadcast models are read and raw
     * SQL runs. The first shard when not set.
     */
    private @Nullable String defaultShard;

    /**
     * Strategy of sharded models, unless a ShardingStrategy bean is defined.
     */
    private StrategyName strategy = StrategyName.HASH;

    /**
     * Ranges of the range strategy, in increasing order: each sends the keys below its
     * boundary (and at or above the previous one) to its shard; a last range without a
     * boundary takes the rest.
     */
    private List<Range> ranges = new ArrayList<>();

    /**
     * Routing of individual models: shard key overrides and strategies.
     */
    private Map<String, ModelRouting> models = new LinkedHashMap<>();

    /**
     * Broadcast (reference) models: copied to every shard, written on every shard, read
     * from one.
     */
    private List<String> broadcastModels = new ArrayList<>();

    @NestedConfigurationProperty
    private FanOut fanOut = new FanOut();

    /**
     * Maximum number of rows a merge across shards may hold in memory.
     */
    private int maxMergeRows = 100_000;

    /**
     * Whether updateMany and deleteMany without a shard key run on every shard instead of
     * failing.
     */
    private boolean writeFanOut;

    /**
     * Order of strings when merging sorted reads across shards; must match the collation
     * of the sorted columns.
     */
    private StringOrder stringOrder = StringOrder.CODE_POINT;

    public @Nullable String getDefaultShard() {
        return this.defaultShard;
    }

    public void setDefaultShard(@Nullable String defaultShard) {
        this.defaultShard = defaultShard;
    }

    public StrategyName getStrategy() {
        return this.strategy;
    }

    public void setStrategy(StrategyName strategy) {
        this.strategy = strategy;
    }

    public List<Range> getRanges() {
        return this.ranges;
    }

    public void setRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    public Map<String, ModelRouting> getModels() {
        return this.models;
    }

    public void setModels(Map<String, ModelRouting> models) {
        this.models = models;
    }

    public List<String> getBroadcastModels() {
        return this.broadcastModels;
    }

    public void setBroadcastModels(List<String> broadcastModels) {
        this.broadcastModels = broadcastModels;
    }

    public FanOut getFanOut() {
        return this.fanOut;
    }

    public void setFanOut(FanOut fanOut) {
        this.fanOut = fanOut;
    }

    public int getMaxMergeRows() {
        return this.maxMergeRows;
    }

    public void setMaxMergeRows(int maxMergeRows) {
        this.maxMergeRows = maxMergeRows;
    }

    public boolean isWriteFanOut() {
        return this.writeFanOut;
    }

    public void setWriteFanOut(boolean writeFanOut) {
        this.writeFanOut = writeFanOut;
    }

    public StringOrder getStringOrder() {
        return this.stringOrder;
    }

    public void setStringOrder(StringOrder stringOrder) {
        this.stringOrder = stringOrder;
    }

    /**
     * The built-in sharding strategies.
     */
    public enum StrategyName {

        /** MurmurHash3 of the shard key, modulo the number of shards. */
        HASH,

        /**
         * Ordered ranges of the first shard key field (goofer.routing.ranges).
         */
        RANGE

    }

    /**
     * String orders of merges across shards.
     */
    public enum StringOrder {

        /**
         * Unicode code point order: PostgreSQL's C collation, MySQL's utf8mb4_bin.
         */
        CODE_POINT,

        /** Case-insensitive order, close to MySQL's _ci collations. */
        CASE_INSENSITIVE

    }

    /**
     * One range of the range strategy.
     */
    public static class Range {

        /**
         * Exclusive upper boundary of the range, converted to the type of the shard key
         * field; none for the last range, which takes the rest.
         */
        private @Nullable String below;

        /**
         * Shard of the range.
         */
        private @Nullable String shard;

        public @Nullable String getBelow() {
            return this.below;
        }

        public void setBelow(@Nullable String below) {
            this.below = below;
        }

        public @Nullable String getShard() {
            return this.shard;
        }

        public void setShard(@Nullable String shard) {
            this.shard = shard;
        }

    }

    /**
     * Routing of one model.
     */
    public static class ModelRouting {

        /**
         * Shard key fields of the model, overriding the schema's @shardKey/@@shardKey.
         */
        private List<String> shardKey = new ArrayList<>();

        /**
         * Strategy of the model, overriding goofer.routing.strategy.
         */
        private @Nullable StrategyName strategy;

        /**
         * Ranges of the model when its strategy is range; goofer.routing.ranges when
         * empty.
         */
        private List<Range> ranges = new ArrayList<>();

        public List<String> getShardKey() {
            return this.shardKey;
        }

        public void setShardKey(List<String> shardKey) {
            this.shardKey = shardKey;
        }

        public @Nullable StrategyName getStrategy() {
            return this.strategy;
        }

        public void setStrategy(@Nullable StrategyName strategy) {
            this.strategy = strategy;
        }

        public List<Range> getRanges() {
            return this.ranges;
        }

        public void setRanges(List<Range> ranges) {
            this.ranges = ranges;
        }

    }

    /**
     * Reads that run on several shards in parallel.
     */
    public static class FanOut {

        /**
         * Number of threads running shard reads in parallel; four per shard when not set.
         */
        private @Nullable Integer parallelism;

        /**
         * How long a read across shards may take before it fails naming the slow shards.
         */
        private Duration timeout = Duration.ofSeconds(30);

        public @Nullable Integer getParallelism() {
            return this.parallelism;
        }

        public void setParallelism(@Nullable Integer parallelism) {
            this.parallelism = parallelism;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

    }

}
