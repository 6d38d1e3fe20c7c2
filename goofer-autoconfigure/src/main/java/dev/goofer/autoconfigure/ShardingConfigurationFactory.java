package dev.goofer.autoconfigure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sharding.RangeShardingStrategy;
import dev.goofer.sharding.Shard;
import dev.goofer.sharding.ShardingConfiguration;
import dev.goofer.sharding.ShardingStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@code goofer.routing.*} into a {@link ShardingConfiguration}, naming the
 * offending property of every mistake.
 */
final class ShardingConfigurationFactory {

    private final SchemaMeta schema;

    private final RoutingProperties routing;

    private final List<String> shardNames;

    ShardingConfigurationFactory(SchemaMeta schema, RoutingProperties routing, List<String> shardNames) {
        this.schema = schema;
        this.routing = routing;
        this.shardNames = List.copyOf(shardNames);
    }

    /**
     * Start a configuration builder with the routing properties applied; the caller adds
     * the shards and listeners.
     */
    ShardingConfiguration.Builder builder(List<Shard> shards, @Nullable ShardingStrategy strategyBean) {
        ShardingConfiguration.Builder builder = ShardingConfiguration.builder(this.schema);
        shards.forEach(builder::shard);
        if (this.routing.getDefaultShard() != null) {
            builder.defaultShard(requireShard(this.routing.getDefaultShard(), "goofer.routing.default-shard"));
        }
        if (strategyBean != null) {
            builder.strategy(strategyBean);
        }
        else {
            builder.strategy(strategy(this.routing.getStrategy(), this.routing.getRanges(), "goofer.routing", null));
        }
        for (Map.Entry<String, RoutingProperties.ModelRouting> entry : this.routing.getModels().entrySet()) {
            String model = entry.getKey();
            String prefix = "goofer.routing.models." + model;
            RoutingProperties.ModelRouting routing = entry.getValue();
            requireModel(model, prefix);
            if (!routing.getShardKey().isEmpty()) {
                builder.shardKey(model, routing.getShardKey().toArray(new String[0]));
            }
            if (routing.getStrategy() != null) {
                List<RoutingProperties.Range> ranges = routing.getRanges().isEmpty() ? this.routing.getRanges()
                        : routing.getRanges();
                builder.strategy(model, strategy(routing.getStrategy(), ranges, prefix, model));
            }
        }
        this.routing.getBroadcastModels().forEach((model) -> requireModel(model, "goofer.routing.broadcast-models"));
        builder.broadcast(this.routing.getBroadcastModels().toArray(new String[0]));
        if (this.routing.getFanOut().getParallelism() != null) {
            builder.fanOutParallelism(this.routing.getFanOut().getParallelism());
        }
        builder.fanOutTimeout(this.routing.getFanOut().getTimeout());
        builder.maxMergeRows(this.routing.getMaxMergeRows());
        builder.writeFanOut(this.routing.isWriteFanOut());
        if (this.routing.getStringOrder() == RoutingProperties.StringOrder.CASE_INSENSITIVE) {
            builder.stringOrder(String.CASE_INSENSITIVE_ORDER);
        }
        return builder;
    }

    /**
     * Build the configuration, turning validation failures into failures naming the
     * routing properties.
     */
    ShardingConfiguration build(ShardingConfiguration.Builder builder) {
        try {
            return builder.build();
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            throw invalid("goofer.routing", "Invalid sharding configuration: " + ex.getMessage(), ex);
        }
    }

    private ShardingStrategy strategy(RoutingProperties.StrategyName name, List<RoutingProperties.Range> ranges,
            String prefix, @Nullable String model) {
        if (name == RoutingProperties.StrategyName.HASH) {
            return ShardingStrategy.hash();
        }
        if (ranges.isEmpty()) {
            throw invalid(prefix + ".ranges", prefix + ".strategy is range but " + prefix + ".ranges is empty", null);
        }
        ScalarType type = rangeKeyType(model, prefix);
        RangeShardingStrategy.Builder builder = ShardingStrategy.range();
        for (int i = 0; i < ranges.size(); i++) {
            RoutingProperties.Range range = ranges.get(i);
            String property = prefix + ".ranges[" + i + "]";
            String shard = requireShard(range.getShard(), property + ".shard");
            if (range.getBelow() == null) {
                if (i != ranges.size() - 1) {
                    throw invalid(property + ".below", "Only the last range may leave out its boundary", null);
                }
                builder.rest(shard);
            }
            else {
                try {
                    builder.below(boundary(range.getBelow(), type), shard);
                }
                catch (RuntimeException ex) {
                    throw invalid(property + ".below",
                            property + ".below \"" + range.getBelow() + "\" is not a valid "
                                    + type.name().toLowerCase(java.util.Locale.ROOT) + " boundary: " + ex.getMessage(),
                            ex);
                }
            }
        }
        return builder.build();
    }

    /**
     * The type of the first shard key field of the models the range strategy applies to.
     */
    private ScalarType rangeKeyType(@Nullable String only, String prefix) {
        ScalarType found = null;
        for (ModelMeta model : this.schema.models()) {
            if (only != null && !model.name().equals(only)) {
                continue;
            }
            List<String> key = shardKey(model);
            if (key.isEmpty() || (only == null && this.routing.getModels().containsKey(model.name())
                    && this.routing.getModels().get(model.name()).getStrategy() != null)) {
                continue;
            }
            FieldMeta field = model.fields()
                .stream()
                .filter((f) -> f.name().equals(key.get(0)))
                .findFirst()
                .orElse(null);
            if (!(field instanceof ScalarFieldMeta scalar)) {
                continue;
            }
            ScalarType type = family(scalar.type());
            if (found != null && found != type) {
                throw invalid(prefix + ".ranges", "The range strategy applies to shard keys of different types ("
                        + found + " and " + type + "); give the models their own strategies", null);
            }
            found = type;
        }
        return (found != null) ? found : ScalarType.STRING;
    }

    private List<String> shardKey(ModelMeta model) {
        RoutingProperties.ModelRouting routing = this.routing.getModels().get(model.name());
        return (routing != null && !routing.getShardKey().isEmpty()) ? routing.getShardKey() : model.shardKey();
    }

    private static ScalarType family(ScalarType type) {
        return (type == ScalarType.INT) ? ScalarType.BIGINT : type;
    }

    static Object boundary(String text, ScalarType type) {
        String value = text.trim();
        return switch (type) {
            case INT, BIGINT -> Long.parseLong(value);
            case FLOAT -> Double.parseDouble(value);
            case DECIMAL -> new BigDecimal(value);
            case DATETIME -> instant(value);
            default -> text;
        };
    }

    private static Instant instant(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private String requireShard(@Nullable String shard, String property) {
        if (shard == null || shard.isBlank()) {
            throw invalid(property, property + " is not set", null);
        }
        if (!this.shardNames.contains(shard)) {
            throw invalid(property,
                    property + " names shard \"" + shard + "\", which goofer.shards does not define " + this.shardNames,
                    null);
        }
        return shard;
    }

    private void requireModel(String model, String property) {
        if (this.schema.findModel(model) == null) {
            List<String> models = new ArrayList<>();
            this.schema.models().forEach((each) -> models.add(each.name()));
            throw invalid(property,
                    property + " names model \"" + model + "\", which the schema does not have " + models, null);
        }
    }

    private InvalidShardingConfigurationException invalid(String property, String message, @Nullable Throwable cause) {
        return new InvalidShardingConfigurationException(property, message, this.shardNames, cause);
    }

}
