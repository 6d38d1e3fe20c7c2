package dev.goofer.sharding;

import java.util.List;
import java.util.Set;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;

/**
 * The checks of a {@link ShardingConfiguration} at build time.
 */
final class ConfigurationRules {

    private ConfigurationRules() {
    }

    static void validate(ShardingConfiguration configuration, Set<String> strategyModels, Set<String> keyModels) {
        List<String> shards = configuration.shardNames();
        if (!shards.contains(configuration.defaultShard())) {
            throw new IllegalArgumentException(
                    "Default shard \"" + configuration.defaultShard() + "\" is not configured " + shards);
        }
        String dialect = configuration.shards().get(0).dialect().name();
        for (Shard shard : configuration.shards()) {
            if (!shard.dialect().name().equals(dialect)) {
                throw new IllegalArgumentException("All shards must use one dialect: shard \"" + shard.name() + "\" is "
                        + shard.dialect().name() + ", shard \"" + shards.get(0) + "\" is " + dialect);
            }
        }
        configuration.strategy().validate(shards);
        for (String model : keyModels) {
            shardKey(configuration, model(configuration, model));
        }
        for (String model : configuration.broadcastModels()) {
            ModelMeta meta = model(configuration, model);
            if (!configuration.shardKey(meta).isEmpty()) {
                throw new IllegalArgumentException("Model \"" + model + "\" has a shard key "
                        + configuration.shardKey(meta) + " and cannot also be broadcast");
            }
        }
        for (String model : strategyModels) {
            ModelMeta meta = model(configuration, model);
            if (configuration.shardKey(meta).isEmpty()) {
                throw new IllegalArgumentException(
                        "Model \"" + model + "\" has its own sharding strategy but no shard key");
            }
            configuration.strategy(model).validate(shards);
        }
        for (ModelMeta model : configuration.schema().models()) {
            if (!configuration.shardKey(model).isEmpty()) {
                shardKey(configuration, model);
            }
        }
    }

    private static ModelMeta model(ShardingConfiguration configuration, String name) {
        ModelMeta model = configuration.schema().findModel(name);
        if (model == null) {
            throw new IllegalArgumentException(
                    "Sharding configuration names model \"" + name + "\", which the schema does not have");
        }
        return model;
    }

    private static void shardKey(ShardingConfiguration configuration, ModelMeta model) {
        for (String name : configuration.shardKey(model)) {
            FieldMeta field;
            try {
                field = model.field(name);
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Shard key of model \"" + model.name() + "\" names field \"" + name
                        + "\", which the model does not have", ex);
            }
            if (!(field instanceof ScalarFieldMeta scalar) || scalar.list() || scalar.optional()) {
                throw new IllegalArgumentException("Shard key field \"" + name + "\" of model \"" + model.name()
                        + "\" must be a required scalar field");
            }
        }
    }

}
