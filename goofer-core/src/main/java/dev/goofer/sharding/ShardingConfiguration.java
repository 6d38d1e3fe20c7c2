package dev.goofer.sharding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link ShardRouter} distributes the models of a schema over shards. Immutable;
 * built with {@link #builder(SchemaMeta)}, which validates everything it can up front.
 *
 * <pre>{@code
 * ShardingConfiguration config = ShardingConfiguration.builder(GooferSchema.SCHEMA)
 *     .shard(Shard.of("s0", dataSource0, GooferSchema.SCHEMA))
 *     .shard(Shard.of("s1", dataSource1, GooferSchema.SCHEMA))
 *     .defaultShard("s0")                         // models without a shard key
 *     .strategy(ShardingStrategy.hash())          // the default
 *     .broadcast("Country", "Currency")           // copied to every shard
 *     .build();
 * }</pre>
 */
public final class ShardingConfiguration {

    /** Default of {@link Builder#fanOutTimeout(Duration)}. */
    public static final Duration DEFAULT_FAN_OUT_TIMEOUT = Duration.ofSeconds(30);

    /** Default of {@link Builder#maxMergeRows(int)}. */
    public static final int DEFAULT_MAX_MERGE_ROWS = 100_000;

    private final SchemaMeta schema;

    private final List<Shard> shards;

    private final String defaultShard;

    private final ShardingStrategy strategy;

    private final Map<String, ShardingStrategy> modelStrategies;

    private final Map<String, List<String>> shardKeys;

    private final Set<String> broadcastModels;

    private final @Nullable ExecutorService fanOutExecutor;

    private final int fanOutParallelism;

    private final Duration fanOutTimeout;

    private final int maxMergeRows;

    private final Comparator<String> stringOrder;

    private final boolean writeFanOut;

    private final List<ShardRoutingListener> listeners;

    private ShardingConfiguration(Builder builder) {
        this.schema = builder.schema;
        this.shards = List.copyOf(builder.shards.values());
        this.defaultShard = (builder.defaultShard != null) ? builder.defaultShard : this.shards.get(0).name();
        this.strategy = (builder.strategy != null) ? builder.strategy : ShardingStrategy.hash();
        this.modelStrategies = Map.copyOf(builder.modelStrategies);
        this.shardKeys = Map.copyOf(builder.shardKeys);
        this.broadcastModels = Set.copyOf(builder.broadcastModels);
        this.fanOutExecutor = builder.fanOutExecutor;
        this.fanOutParallelism = (builder.fanOutParallelism != null) ? builder.fanOutParallelism
                : Math.max(2, 4 * this.shards.size());
        this.fanOutTimeout = (builder.fanOutTimeout != null) ? builder.fanOutTimeout : DEFAULT_FAN_OUT_TIMEOUT;
        this.maxMergeRows = (builder.maxMergeRows != null) ? builder.maxMergeRows : DEFAULT_MAX_MERGE_ROWS;
        this.stringOrder = (builder.stringOrder != null) ? builder.stringOrder : NaturalOrder.CODE_POINT;
        this.writeFanOut = builder.writeFanOut;
        this.listeners = List.copyOf(builder.listeners);
    }

    /**
     * Start building a configuration for a schema.
     * @param schema the schema of the generated client
     * @return the builder
     */
    public static Builder builder(SchemaMeta schema) {
        return new Builder(schema);
    }

    /**
     * Return the schema.
     * @return the schema
     */
    public SchemaMeta schema() {
        return this.schema;
    }

    /**
     * Return the shards, in configuration order (the order hash sharding indexes).
     * @return the shards
     */
    public List<Shard> shards() {
        return this.shards;
    }

    /**
     * Return the names of the shards, in configuration order.
     * @return the names
     */
    public List<String> shardNames() {
        List<String> names = new ArrayList<>(this.shards.size());
        this.shards.forEach((shard) -> names.add(shard.name()));
        return List.copyOf(names);
    }

    /**
     * Return the shard that holds models without a shard key and serves broadcast reads.
     * @return the shard name
     */
    public String defaultShard() {
        return this.defaultShard;
    }

    /**
     * Return the strategy of models without their own.
     * @return the strategy
     */
    public ShardingStrategy strategy() {
        return this.strategy;
    }

    /**
     * Return the strategy of a sharded model.
     * @param model the model name
     * @return its own strategy, else the default one
     */
    public ShardingStrategy strategy(String model) {
        return this.modelStrategies.getOrDefault(model, this.strategy);
    }

    /**
     * Return the shard key of a model: the configured override, else the schema's
     * {@code @shardKey}/{@code @@shardKey}.
     * @param model the model
     * @return the key field names, empty for unsharded models
     */
    public List<String> shardKey(ModelMeta model) {
        return this.shardKeys.getOrDefault(model.name(), model.shardKey());
    }

    /**
     * Return the broadcast models: copied to every shard, written everywhere, read from
     * one shard.
     * @return the model names
     */
    public Set<String> broadcastModels() {
        return this.broadcastModels;
    }

    /**
     * Return the executor fan-out reads run on, when the application supplies one.
     * @return the executor, or {@code null} for one owned by the router
     */
    public @Nullable ExecutorService fanOutExecutor() {
        return this.fanOutExecutor;
    }

    /**
     * Return the number of threads of the router's own fan-out executor.
     * @return the number of threads
     */
    public int fanOutParallelism() {
        return this.fanOutParallelism;
    }

    /**
     * Return how long a fan-out read may take before it fails.
     * @return the timeout
     */
    public Duration fanOutTimeout() {
        return this.fanOutTimeout;
    }

    /**
     * Return the maximum number of rows a merge across shards may hold in memory.
     * @return the maximum
     */
    public int maxMergeRows() {
        return this.maxMergeRows;
    }

    /**
     * Return the order of strings that merges use, which must match the database
     * collation of sorted columns.
     * @return the comparator
     */
    public Comparator<String> stringOrder() {
        return this.stringOrder;
    }

    /**
     * Whether {@code updateMany}/{@code deleteMany} without a shard key run on every
     * shard (best effort) instead of failing.
     * @return whether write fan-out is allowed
     */
    public boolean writeFanOut() {
        return this.writeFanOut;
    }

    /**
     * Return the routing listeners.
     * @return the listeners
     */
    public List<ShardRoutingListener> listeners() {
        return this.listeners;
    }

    /**
     * Builds a {@link ShardingConfiguration}. Fails fast: each single-valued setting may
     * be set once.
     */
    public static final class Builder {

        private final SchemaMeta schema;

        private final Map<String, Shard> shards = new LinkedHashMap<>();

        private @Nullable String defaultShard;

        private @Nullable ShardingStrategy strategy;

        private final Map<String, ShardingStrategy> modelStrategies = new LinkedHashMap<>();

        private final Map<String, List<String>> shardKeys = new LinkedHashMap<>();

        private final Set<String> broadcastModels = new LinkedHashSet<>();

        private @Nullable ExecutorService fanOutExecutor;

        private @Nullable Integer fanOutParallelism;

        private @Nullable Duration fanOutTimeout;

        private @Nullable Integer maxMergeRows;

        private @Nullable Comparator<String> stringOrder;

        private boolean writeFanOut;

        private final List<ShardRoutingListener> listeners = new ArrayList<>();

        private Builder(SchemaMeta schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        /**
         * Add a shard; the order of the calls is the order hash sharding indexes.
         * @param shard the shard
         * @return this builder
         */
        public Builder shard(Shard shard) {
            Objects.requireNonNull(shard, "shard");
            requireState(!this.shards.containsKey(shard.name()), "shard \"%s\" was already added", shard.name());
            this.shards.put(shard.name(), shard);
            return this;
        }

        /**
         * Set the shard of models without a shard key; defaults to the first shard.
         * @param shard the shard name
         * @return this builder
         */
        public Builder defaultShard(String shard) {
            requireState(this.defaultShard == null, "defaultShard was already set to %s", this.defaultShard);
            this.defaultShard = Objects.requireNonNull(shard, "shard");
            return this;
        }

        /**
         * Set the strategy of sharded models; defaults to
         * {@link ShardingStrategy#hash()}.
         * @param strategy the strategy
         * @return this builder
         */
        public Builder strategy(ShardingStrategy strategy) {
            requireState(this.strategy == null, "strategy was already set to %s", this.strategy);
            this.strategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Set the strategy of one sharded model. Relations between models with different
         * strategies are never co-located.
         * @param model the model name
         * @param strategy the strategy
         * @return this builder
         */
        public Builder strategy(String model, ShardingStrategy strategy) {
            requireState(!this.modelStrategies.containsKey(model), "strategy of %s was already set", model);
            this.modelStrategies.put(model, Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /**
         * Set the shard key of a model, overriding the schema's {@code @shardKey}.
         * @param model the model name
         * @param fields the key fields: required scalar fields of the model
         * @return this builder
         */
        public Builder shardKey(String model, String... fields) {
            requireState(!this.shardKeys.containsKey(model), "shard key of %s was already set", model);
            if (fields.length == 0) {
                throw new IllegalArgumentException("A shard key of \"" + model + "\" needs at least one field");
            }
            this.shardKeys.put(model, List.of(fields));
            return this;
        }

        /**
         * Declare broadcast (reference) models: copied to every shard, written on every
         * shard, read from one.
         * @param models the model names
         * @return this builder
         */
        public Builder broadcast(String... models) {
            for (String model : models) {
                requireState(this.broadcastModels.add(model), "model %s is already broadcast", model);
            }
            return this;
        }

        /**
         * Run fan-out reads on the given executor instead of one owned by the router. The
         * router does not shut it down.
         * @param executor the executor
         * @return this builder
         */
        public Builder fanOutExecutor(ExecutorService executor) {
            requireState(this.fanOutExecutor == null, "fanOutExecutor was already set to %s", this.fanOutExecutor);
            this.fanOutExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Set the number of threads of the router's own fan-out executor; defaults to
         * four per shard. When all are busy and the queue is full, callers run their
         * shard reads themselves.
         * @param threads the number of threads
         * @return this builder
         */
        public Builder fanOutParallelism(int threads) {
            requireState(this.fanOutParallelism == null, "fanOutParallelism was already set to %s",
                    this.fanOutParallelism);
            if (threads < 1) {
                throw new IllegalArgumentException("fanOutParallelism must be positive, was " + threads);
            }
            this.fanOutParallelism = threads;
            return this;
        }

        /**
         * Set how long a fan-out read may take; defaults to 30 seconds.
         * @param timeout the timeout
         * @return this builder
         */
        public Builder fanOutTimeout(Duration timeout) {
            requireState(this.fanOutTimeout == null, "fanOutTimeout was already set to %s", this.fanOutTimeout);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("fanOutTimeout must be positive, was " + timeout);
            }
            this.fanOutTimeout = timeout;
            return this;
        }

        /**
         * Set the maximum number of rows a merge across shards may hold in memory;
         * defaults to {@value ShardingConfiguration#DEFAULT_MAX_MERGE_ROWS}.
         * @param rows the maximum
         * @return this builder
         */
        public Builder maxMergeRows(int rows) {
            requireState(this.maxMergeRows == null, "maxMergeRows was already set to %s", this.maxMergeRows);
            if (rows < 1) {
                throw new IllegalArgumentException("maxMergeRows must be positive, was " + rows);
            }
            this.maxMergeRows = rows;
            return this;
        }

        /**
         * Set the order of strings that merges across shards sort by. It must match the
         * collation of the columns sorted on: the default, Unicode code point order, is
         * PostgreSQL's {@code C} collation and MySQL's {@code utf8mb4_bin}; use a
         * {@link java.text.Collator} for linguistic collations and
         * {@link String#CASE_INSENSITIVE_ORDER} to approximate MySQL's {@code _ci} ones.
         * @param order the comparator
         * @return this builder
         */
        public Builder stringOrder(Comparator<String> order) {
            requireState(this.stringOrder == null, "stringOrder was already set to %s", this.stringOrder);
            this.stringOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * Set whether {@code updateMany}/{@code deleteMany} without a shard key run on
         * every shard (in one best-effort group: all roll back if one fails before
         * commit) instead of failing. Off by default.
         * @param allowed whether write fan-out is allowed
         * @return this builder
         */
        public Builder writeFanOut(boolean allowed) {
            this.writeFanOut = allowed;
            return this;
        }

        /**
         * Add a listener told where each operation runs.
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(ShardRoutingListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Build and validate the configuration.
         * @return the configuration
         * @throws IllegalArgumentException if it names unknown shards, models or fields,
         * or mixes dialects
         */
        public ShardingConfiguration build() {
            if (this.shards.isEmpty()) {
                throw new IllegalStateException("A sharding configuration needs at least one shard");
            }
            ShardingConfiguration configuration = new ShardingConfiguration(this);
            ConfigurationRules.validate(configuration, this.modelStrategies.keySet(), this.shardKeys.keySet());
            return configuration;
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
