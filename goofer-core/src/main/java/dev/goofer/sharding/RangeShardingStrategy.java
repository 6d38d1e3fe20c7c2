package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Range sharding on the first shard key field: ordered, exclusive upper boundaries, each
 * owned by a shard, and optionally a shard for everything at or above the last boundary.
 *
 * <pre>{@code
 * ShardingStrategy.range()
 *     .below(1000, "s0")      // key < 1000
 *     .below(5000, "s1")      // 1000 <= key < 5000
 *     .rest("s2")             // key >= 5000
 *     .build();
 * }</pre>
 *
 * Numbers compare by value whatever their Java type, strings by Unicode code point,
 * date-times by instant. A key above every boundary without a {@code rest} shard is an
 * error. Range conditions ({@code lt}, {@code gte}) on the key do not prune shards: such
 * reads fan out.
 */
public final class RangeShardingStrategy implements ShardingStrategy {

    private final List<Object> boundaries;

    private final List<String> owners;

    private final @Nullable String rest;

    private RangeShardingStrategy(List<Object> boundaries, List<String> owners, @Nullable String rest) {
        this.boundaries = List.copyOf(boundaries);
        this.owners = List.copyOf(owners);
        this.rest = rest;
    }

    /**
     * Start building.
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String shardFor(ShardKey key, List<String> shards) {
        Object value = ShardKey.normalize(key.value());
        for (int i = 0; i < this.boundaries.size(); i++) {
            if (NaturalOrder.compare(value, this.boundaries.get(i)) < 0) {
                return this.owners.get(i);
            }
        }
        if (this.rest != null) {
            return this.rest;
        }
        throw new ShardRoutingException("Shard key " + key.fields() + "=" + key.values() + " of model \"" + key.model()
                + "\" is at or above the last range boundary " + this.boundaries.get(this.boundaries.size() - 1)
                + " and no shard takes the rest");
    }

    @Override
    public void validate(List<String> shards) {
        Set<String> named = new LinkedHashSet<>(this.owners);
        if (this.rest != null) {
            named.add(this.rest);
        }
        for (String shard : named) {
            if (!shards.contains(shard)) {
                throw new IllegalArgumentException(
                        "Range strategy names shard \"" + shard + "\", which is not configured " + shards);
            }
        }
    }

    @Override
    public String description() {
        StringBuilder text = new StringBuilder("range (");
        for (int i = 0; i < this.boundaries.size(); i++) {
            text.append((i > 0) ? ", " : "").append("< ").append(this.boundaries.get(i)).append(": ");
            text.append(this.owners.get(i));
        }
        if (this.rest != null) {
            text.append(", rest: ").append(this.rest);
        }
        return text.append(')').toString();
    }

    @Override
    public String toString() {
        return "RangeShardingStrategy[" + description() + "]";
    }

    /**
     * Builds a {@link RangeShardingStrategy}; boundaries must be given in increasing
     * order.
     */
    public static final class Builder {

        private final List<Object> boundaries = new ArrayList<>();

        private final List<String> owners = new ArrayList<>();

        private @Nullable String rest;

        private Builder() {
        }

        /**
         * Send keys below a boundary (and at or above the previous one) to a shard.
         * @param boundary the exclusive upper boundary
         * @param shard the shard name
         * @return this builder
         */
        public Builder below(Object boundary, String shard) {
            Objects.requireNonNull(boundary, "boundary");
            Objects.requireNonNull(shard, "shard");
            if (this.rest != null) {
                throw new IllegalStateException("rest was already set to " + this.rest);
            }
            Object normalized = ShardKey.normalize(boundary);
            if (!this.boundaries.isEmpty()
                    && NaturalOrder.compare(this.boundaries.get(this.boundaries.size() - 1), normalized) >= 0) {
                throw new IllegalArgumentException("Range boundaries must increase: " + boundary + " is not above "
                        + this.boundaries.get(this.boundaries.size() - 1));
            }
            this.boundaries.add(normalized);
            this.owners.add(shard);
            return this;
        }

        /**
         * Send keys at or above the last boundary to a shard.
         * @param shard the shard name
         * @return this builder
         */
        public Builder rest(String shard) {
            if (this.rest != null) {
                throw new IllegalStateException("rest was already set to " + this.rest);
            }
            this.rest = Objects.requireNonNull(shard, "shard");
            return this;
        }

        /**
         * Build the strategy.
         * @return the strategy
         */
        public RangeShardingStrategy build() {
            if (this.boundaries.isEmpty()) {
                throw new IllegalStateException("A range strategy needs at least one boundary");
            }
            return new RangeShardingStrategy(this.boundaries, this.owners, this.rest);
        }

    }

}
