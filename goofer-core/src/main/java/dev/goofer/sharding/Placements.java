package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sql.RelationScope;
import org.jspecify.annotations.Nullable;

/**
 * Where each model's rows live: on the shard its key names, on every shard (broadcast),
 * or on the default shard; and which relations stay on one shard.
 */
final class Placements {

    private final SchemaMeta schema;

    private final String defaultShard;

    private final Map<String, Placement> placements = new HashMap<>();

    Placements(ShardingConfiguration configuration) {
        this.schema = configuration.schema();
        this.defaultShard = configuration.defaultShard();
        for (ModelMeta model : this.schema.models()) {
            List<String> key = configuration.shardKey(model);
            Placement placement;
            if (!key.isEmpty()) {
                List<ScalarFieldMeta> fields = new ArrayList<>(key.size());
                key.forEach((name) -> fields.add(model.scalarField(name)));
                placement = new Placement(model, Kind.SHARDED, fields, configuration.strategy(model.name()));
            }
            else if (configuration.broadcastModels().contains(model.name())) {
                placement = new Placement(model, Kind.BROADCAST, List.of(), null);
            }
            else {
                placement = new Placement(model, Kind.SINGLE, List.of(), null);
            }
            this.placements.put(model.name(), placement);
        }
    }

    Placement of(ModelMeta model) {
        Placement placement = this.placements.get(model.name());
        if (placement == null) {
            throw new IllegalArgumentException("Model \"" + model.name() + "\" is not part of the sharded schema");
        }
        return placement;
    }

    SchemaMeta schema() {
        return this.schema;
    }

    String defaultShard() {
        return this.defaultShard;
    }

    ModelMeta target(RelationFieldMeta relation) {
        return this.schema.target(relation);
    }

    /**
     * Whether the records related to parents read from the given shards live on those
     * same shards, so that the relation can be followed inside one statement: the target
     * is broadcast, or lives on the default shard and only the default shard is read, or
     * both models are sharded by the same strategy and the relation maps the parent's
     * shard key fields onto the target's, position by position.
     */
    boolean colocated(ModelMeta parent, RelationFieldMeta relation, Collection<String> shards) {
        Placement target = of(target(relation));
        if (target.kind() == Kind.BROADCAST) {
            return true;
        }
        if (target.kind() == Kind.SINGLE) {
            return shards.size() == 1 && shards.contains(this.defaultShard);
        }
        Placement source = of(parent);
        if (source.kind() != Kind.SHARDED || relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY
                || !Objects.equals(source.strategy(), target.strategy())
                || source.keyFields().size() != target.keyFields().size()) {
            return false;
        }
        List<ScalarFieldMeta> parentKeys = RelationScope.parentKeyFields(parent, relation);
        List<ScalarFieldMeta> links = RelationScope.linkFields(parent, target.model(), relation);
        for (int i = 0; i < target.keyFields().size(); i++) {
            int at = indexOf(links, target.keyFields().get(i).name());
            if (at < 0 || !parentKeys.get(at).name().equals(source.keyFields().get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<ScalarFieldMeta> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** How a model's rows are placed. */
    enum Kind {

        SHARDED, BROADCAST, SINGLE

    }

    /**
     * The placement of one model.
     *
     * @param model the model
     * @param kind how its rows are placed
     * @param keyFields the shard key fields of a sharded model
     * @param strategy the strategy of a sharded model
     */
    record Placement(ModelMeta model, Kind kind, List<ScalarFieldMeta> keyFields, @Nullable ShardingStrategy strategy) {

        boolean sharded() {
            return this.kind == Kind.SHARDED;
        }

        boolean isKeyField(ScalarFieldMeta field) {
            for (ScalarFieldMeta key : this.keyFields) {
                if (key.name().equals(field.name())) {
                    return true;
                }
            }
            return false;
        }

        List<String> keyNames() {
            List<String> names = new ArrayList<>(this.keyFields.size());
            this.keyFields.forEach((field) -> names.add(field.name()));
            return names;
        }

    }

}
