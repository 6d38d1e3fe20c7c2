package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UniqueWhere;
import dev.goofer.query.UpdateData;

/**
 * Keeps nested writes on the shard of their parent record, where the executor runs them
 * in one transaction. Related records of a co-located relation are on that shard; for
 * other sharded models every record a nested write creates or selects must carry a shard
 * key of that shard. Broadcast records are only written by their own operations (nested
 * connects to them are fine), records of the default shard only from the default shard,
 * and no nested update changes a shard key.
 */
final class NestedWriteRules {

    private final RouterCore core;

    NestedWriteRules(RouterCore core) {
        this.core = core;
    }

    /** Fail when an update changes a shard key field of a sharded model. */
    void requireKeyUnchanged(ModelMeta model, UpdateData data, String operation) {
        Placements.Placement placement = this.core.placement(model);
        if (!placement.sharded()) {
            return;
        }
        for (FieldUpdate update : data.updates()) {
            if (placement.isKeyField(update.field())) {
                throw new ShardRoutingException(operation + " changes shard key field \"" + update.field().name()
                        + "\" of \"" + model.name() + "\", which is not allowed: a record stays on the shard its key "
                        + "names (create a copy with the new key and delete the old record instead)");
            }
        }
    }

    void check(ModelMeta parent, String shard, List<NestedWrite> writes, String operation) {
        for (NestedWrite write : writes) {
            check(parent, shard, write, operation);
        }
    }

    /** For broadcast records: only connections to other broadcast records. */
    void checkBroadcast(ModelMeta parent, List<NestedWrite> writes, String operation) {
        for (NestedWrite write : writes) {
            ModelMeta target = this.core.placements().target(write.relation());
            boolean connection = write instanceof NestedWrite.Connect || write instanceof NestedWrite.Disconnect
                    || write instanceof NestedWrite.Set;
            if (this.core.placement(target).kind() != Placements.Kind.BROADCAST || !connection) {
                throw new ShardRoutingException(operation + " writes broadcast model \"" + parent.name()
                        + "\" on every shard and can only connect or disconnect other broadcast records in " + "\""
                        + write.relation().name() + "\"; write \"" + target.name()
                        + "\" records with their own operation");
            }
        }
    }

    private void check(ModelMeta parent, String shard, NestedWrite write, String operation) {
        RelationFieldMeta relation = write.relation();
        ModelMeta target = this.core.placements().target(relation);
        Placements.Placement placement = this.core.placement(target);
        String where = operation + " (nested " + kind(write) + " of \"" + parent.name() + "." + relation.name() + "\")";
        Parts parts = parts(write);
        if (placement.kind() == Placements.Kind.BROADCAST) {
            if (modifiesTarget(write)) {
                throw new ShardRoutingException(where + " writes broadcast model \"" + target.name()
                        + "\", which only its own operations may write (they run on every shard)");
            }
            return;
        }
        boolean colocated = this.core.placements().colocated(parent, relation, List.of(shard));
        if (!colocated && placement.kind() == Placements.Kind.SINGLE) {
            throw new ShardRoutingException(where + " writes model \"" + target.name() + "\", which lives on the "
                    + "default shard \"" + this.core.defaultShard() + "\", from a record on shard \"" + shard + "\"");
        }
        if (!colocated && parts.unselected()) {
            throw new ShardRoutingException(where + " cannot reach the related \"" + target.name()
                    + "\" records: they may live on other shards (the relation is not co-located); select them by "
                    + "their shard key " + placement.keyNames());
        }
        if (placement.sharded()) {
            for (UniqueWhere selector : parts.selectors()) {
                List<String> shards = this.core.keys().shards(placement, selector.toFilter());
                requireShard(shards, shard, colocated, where, target, placement);
            }
            for (CreateData data : parts.creates()) {
                List<Object> key = this.core.keys().keyOfCreate(placement, data);
                List<String> shards = (key != null) ? List.of(this.core.keys().shardOf(placement, key)) : null;
                requireShard(shards, shard, colocated, where, target, placement);
            }
        }
        for (CreateData data : parts.creates()) {
            check(target, shard, data.relations(), operation);
        }
        for (UpdateData data : parts.updates()) {
            requireKeyUnchanged(target, data, where);
            check(target, shard, data.relations(), operation);
        }
    }

    private static void requireShard(List<String> shards, String shard, boolean colocated, String where,
            ModelMeta target, Placements.Placement placement) {
        if (shards == null) {
            if (colocated) {
                return;
            }
            throw new ShardRoutingException(
                    where + " needs the shard key " + placement.keyNames() + " of \"" + target.name()
                            + "\": the relation is not co-located, so the related record must name its " + "shard");
        }
        if (!shards.equals(List.of(shard))) {
            throw new ShardRoutingException(where + " would write \"" + target.name() + "\" on shard(s) " + shards
                    + ", but the parent record is on shard \"" + shard + "\"; nested writes stay on one shard");
        }
    }

    private static boolean modifiesTarget(NestedWrite write) {
        boolean connection = write instanceof NestedWrite.Connect || write instanceof NestedWrite.Disconnect
                || write instanceof NestedWrite.Set;
        return !connection || write.relation().kind() == RelationKind.BACK;
    }

    private static Parts parts(NestedWrite write) {
        boolean back = write.relation().kind() == RelationKind.BACK;
        if (write instanceof NestedWrite.Create create) {
            return new Parts(List.of(), create.data(), List.of(), false);
        }
        if (write instanceof NestedWrite.CreateMany createMany) {
            return new Parts(List.of(), createMany.data(), List.of(), false);
        }
        if (write instanceof NestedWrite.Connect connect) {
            return new Parts(connect.where(), List.of(), List.of(), connect.where().isEmpty());
        }
        if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            List<UniqueWhere> selectors = new ArrayList<>();
            List<CreateData> creates = new ArrayList<>();
            connectOrCreate.items().forEach((item) -> {
                selectors.add(item.where());
                creates.add(item.create());
            });
            return new Parts(selectors, creates, List.of(), false);
        }
        if (write instanceof NestedWrite.Disconnect disconnect) {
            return new Parts(disconnect.where(), List.of(), List.of(), disconnect.where().isEmpty() && back);
        }
        if (write instanceof NestedWrite.Set set) {
            return new Parts(set.where(), List.of(), List.of(), back);
        }
        if (write instanceof NestedWrite.Update update) {
            List<UniqueWhere> selectors = new ArrayList<>();
            List<UpdateData> updates = new ArrayList<>();
            boolean unselected = false;
            for (NestedWrite.UpdateItem item : update.items()) {
                if (item.where() != null) {
                    selectors.add(item.where());
                }
                unselected |= item.where() == null;
                updates.add(item.data());
            }
            return new Parts(selectors, List.of(), updates, unselected);
        }
        if (write instanceof NestedWrite.UpdateMany updateMany) {
            return new Parts(List.of(), List.of(), List.of(updateMany.data()), true);
        }
        if (write instanceof NestedWrite.Upsert upsert) {
            List<UniqueWhere> selectors = (upsert.where() != null) ? List.of(upsert.where()) : List.of();
            return new Parts(selectors, List.of(upsert.create()), List.of(upsert.update()), upsert.where() == null);
        }
        if (write instanceof NestedWrite.Delete delete) {
            return new Parts(delete.where(), List.of(), List.of(), delete.where().isEmpty());
        }
        if (write instanceof NestedWrite.DeleteMany) {
            return new Parts(List.of(), List.of(), List.of(), true);
        }
        throw new IllegalStateException("Unhandled nested write " + write);
    }

    private static String kind(NestedWrite write) {
        String name = write.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * What a nested write touches.
     *
     * @param selectors the unique selectors of existing related records
     * @param creates the data of records it may create
     * @param updates the changes it may make
     * @param unselected whether it also touches related records without a selector
     */
    private record Parts(List<UniqueWhere> selectors, List<CreateData> creates, List<UpdateData> updates,
            boolean unselected) {

    }

}
