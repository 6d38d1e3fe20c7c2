package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;

/**
 * Routes writes. A sharded model's {@code create} goes to the shard of the key in its
 * data (which it must carry), {@code update}/{@code upsert}/{@code delete} to the shard
 * of the key in their unique selector (which must fix it), {@code createMany} and keyed
 * {@code updateMany}/{@code deleteMany} to each shard concerned in one best-effort group;
 * models without a shard key are written on the default shard, broadcast models on every
 * shard (the result is the default shard's).
 */
final class WriteRouter {

    private final RouterCore core;

    private final RelationChecks checks;

    private final NestedWriteRules nested;

    private final WriteGroup group;

    WriteRouter(RouterCore core, RelationChecks checks) {
        this.core = core;
        this.checks = checks;
        this.nested = new NestedWriteRules(core);
        this.group = new WriteGroup(core);
    }

    @SuppressWarnings("unchecked")
    <R> R write(Operation<R> operation, QueryOptions options) {
        ModelMeta model = operation.model();
        Placements.Placement placement = this.core.placement(model);
        String what = RouterCore.describe(operation);
        if (placement.kind() == Placements.Kind.BROADCAST) {
            return (R) broadcast(operation, options, what);
        }
        if (placement.kind() == Placements.Kind.SINGLE) {
            checkSingle(operation, what);
            return single(this.core.defaultShard(), RoutingDecision.Reason.DEFAULT_SHARD, operation, options);
        }
        if (operation instanceof Operation.Create create) {
            return (R) create(create, placement, options, what);
        }
        if (operation instanceof Operation.CreateMany createMany) {
            return (R) createMany(createMany, placement, options, what);
        }
        if (operation instanceof Operation.Update update) {
            this.nested.requireKeyUnchanged(model, update.data(), what);
            String shard = requireOne(placement, update.where().toFilter(), what);
            this.checks.requireLocal(model, update.where().filter(), List.of(shard), what);
            this.nested.check(model, shard, update.data().relations(), what);
            return single(shard, RoutingDecision.Reason.SHARD_KEY, operation, options);
        }
        if (operation instanceof Operation.Upsert upsert) {
            return (R) upsert(upsert, placement, options, what);
        }
        if (operation instanceof Operation.Delete delete) {
            String shard = requireOne(placement, delete.where().toFilter(), what);
            this.checks.requireLocal(model, delete.where().filter(), List.of(shard), what);
            return single(shard, RoutingDecision.Reason.SHARD_KEY, operation, options);
        }
        if (operation instanceof Operation.UpdateMany updateMany) {
            this.nested.requireKeyUnchanged(model, updateMany.data(), what);
            return (R) many(updateMany, placement, updateMany.where(),
                    (where) -> new Operation.UpdateMany(model, where, updateMany.data()), options, what);
        }
        if (operation instanceof Operation.DeleteMany deleteMany) {
            return (R) many(deleteMany, placement, deleteMany.where(),
                    (where) -> new Operation.DeleteMany(model, where), options, what);
        }
        throw new IllegalStateException("Unhandled write operation " + operation.name());
    }

    private Object create(Operation.Create create, Placements.Placement placement, QueryOptions options, String what) {
        CreateData data = Ids.prefill(create.data(), placement.keyFields());
        String shard = shardOfCreate(placement, data, what);
        this.nested.check(create.model(), shard, data.relations(), what);
        return single(shard, RoutingDecision.Reason.SHARD_KEY,
                new Operation.Create(create.model(), data, create.projection()), options);
    }

    private Object createMany(Operation.CreateMany createMany, Placements.Placement placement, QueryOptions options,
            String what) {
        Map<String, List<CreateData>> byShard = new LinkedHashMap<>();
        for (CreateData each : createMany.data()) {
            CreateData data = Ids.prefill(each, placement.keyFields());
            byShard.computeIfAbsent(shardOfCreate(placement, data, what), (shard) -> new ArrayList<>()).add(data);
        }
        if (byShard.isEmpty()) {
            return 0L;
        }
        List<String> shards = this.core.keys().ordered(byShard.keySet());
        List<Long> counts = group(shards, RoutingDecision.Reason.SHARD_KEY, createMany,
                (shard) -> new Operation.CreateMany(createMany.model(), byShard.get(shard),
                        createMany.skipDuplicates()),
                options, what);
        return sum(counts);
    }

    private Object upsert(Operation.Upsert upsert, Placements.Placement placement, QueryOptions options, String what) {
        ModelMeta model = upsert.model();
        this.nested.requireKeyUnchanged(model, upsert.update(), what);
        String shard = requireOne(placement, upsert.where().toFilter(), what);
        CreateData create = Ids.prefill(upsert.create(), placement.keyFields());
        String createShard = shardOfCreate(placement, create, what);
        if (!createShard.equals(shard)) {
            throw new ShardRoutingException(
                    what + " selects a record on shard \"" + shard + "\" but would create it on shard \"" + createShard
                            + "\"; the shard key of the selector and " + "of the create data must name the same shard");
        }
        this.checks.requireLocal(model, upsert.where().filter(), List.of(shard), what);
        this.nested.check(model, shard, create.relations(), what);
        this.nested.check(model, shard, upsert.update().relations(), what);
        return single(shard, RoutingDecision.Reason.SHARD_KEY,
                new Operation.Upsert(model, upsert.where(), create, upsert.update(), upsert.projection()), options);
    }

    private Object many(Operation<Long> original, Placements.Placement placement, Filter where,
            Function<Filter, Operation<Long>> operation, QueryOptions options, String what) {
        List<String> shards = this.core.keys().shards(placement, where);
        if (shards == null) {
            if (!this.core.configuration().writeFanOut()) {
                throw new ShardRoutingException(what + " has no shard key " + placement.keyNames() + " of \""
                        + placement.model().name() + "\" in its condition; writes do not fan out to every shard "
                        + "unless writeFanOut is enabled (or run it per shard with on(...))");
            }
            shards = this.core.shardNames();
        }
        if (shards.isEmpty()) {
            shards = List.of(this.core.defaultShard());
        }
        this.checks.requireLocal(placement.model(), where, shards, what);
        RoutingDecision.Reason reason = (shards.size() == this.core.shardNames().size() && shards.size() > 1
                && this.core.keys().shards(placement, where) == null) ? RoutingDecision.Reason.FAN_OUT
                        : RoutingDecision.Reason.SHARD_KEY;
        List<Long> counts = group(shards, reason, original,
                (shard) -> operation.apply(this.core.keys().narrow(placement, where, shard)), options, what);
        return sum(counts);
    }

    private Object broadcast(Operation<?> operation, QueryOptions options, String what) {
        ModelMeta model = operation.model();
        Operation<?> prepared = operation;
        if (operation instanceof Operation.Create create) {
            CreateData data = Ids.prefillBroadcast(model, create.data(), what);
            this.nested.checkBroadcast(model, data.relations(), what);
            prepared = new Operation.Create(model, data, create.projection());
        }
        else if (operation instanceof Operation.CreateMany createMany) {
            List<CreateData> data = new ArrayList<>();
            createMany.data().forEach((each) -> data.add(Ids.prefillBroadcast(model, each, what)));
            prepared = new Operation.CreateMany(model, data, createMany.skipDuplicates());
        }
        else if (operation instanceof Operation.Upsert upsert) {
            CreateData create = Ids.prefillBroadcast(model, upsert.create(), what);
            this.nested.checkBroadcast(model, create.relations(), what);
            this.nested.checkBroadcast(model, upsert.update().relations(), what);
            prepared = new Operation.Upsert(model, upsert.where(), create, upsert.update(), upsert.projection());
        }
        else if (operation instanceof Operation.Update update) {
            this.nested.checkBroadcast(model, update.data().relations(), what);
        }
        return everywhere(prepared, options, what);
    }

    private <R> R everywhere(Operation<R> operation, QueryOptions options, String what) {
        List<String> shards = this.core.shardNames();
        List<R> results = group(shards, RoutingDecision.Reason.BROADCAST_WRITE, operation, (shard) -> operation,
                options, what);
        return results.get(shards.indexOf(this.core.defaultShard()));
    }

    private void checkSingle(Operation<?> operation, String what) {
        ModelMeta model = operation.model();
        List<String> shard = List.of(this.core.defaultShard());
        if (operation instanceof Operation.Create create) {
            this.nested.check(model, shard.get(0), create.data().relations(), what);
        }
        else if (operation instanceof Operation.Update update) {
            this.nested.check(model, shard.get(0), update.data().relations(), what);
        }
        else if (operation instanceof Operation.Upsert upsert) {
            this.nested.check(model, shard.get(0), upsert.create().relations(), what);
            this.nested.check(model, shard.get(0), upsert.update().relations(), what);
        }
        else if (operation instanceof Operation.UpdateMany updateMany) {
            this.checks.requireLocal(model, updateMany.where(), shard, what);
        }
        else if (operation instanceof Operation.DeleteMany deleteMany) {
            this.checks.requireLocal(model, deleteMany.where(), shard, what);
        }
    }

    private String shardOfCreate(Placements.Placement placement, CreateData data, String what) {
        List<Object> key = this.core.keys().keyOfCreate(placement, data);
        if (key == null) {
            throw new ShardRoutingException(what + ": shard key field \"" + ShardKeys.missingField(placement, data)
                    + "\" of model \"" + placement.model().name()
                    + "\" has no value; a record's shard key names its shard, so every create must set it");
        }
        return this.core.keys().shardOf(placement, key);
    }

    private String requireOne(Placements.Placement placement, Filter where, String what) {
        List<String> shards = this.core.keys().shards(placement, where);
        if (shards == null || shards.size() != 1) {
            throw new ShardRoutingException(what + ": the unique selector does not fix shard key "
                    + placement.keyNames() + " of model \"" + placement.model().name()
                    + "\"; add the key to the selector (or run on one shard with on(...))");
        }
        return shards.get(0);
    }

    private <R> R single(String shard, RoutingDecision.Reason reason, Operation<R> operation, QueryOptions options) {
        ModelMeta model = operation.model();
        RoutingDecision decision = new RoutingDecision((model != null) ? model.name() : null, operation.name(),
                List.of(shard), reason);
        return this.core.within(decision, () -> this.core.run(shard, operation, options));
    }

    private <R> List<R> group(List<String> shards, RoutingDecision.Reason reason, Operation<?> operation,
            Function<String, Operation<R>> operations, QueryOptions options, String what) {
        RoutingDecision decision = new RoutingDecision(operation.model().name(), operation.name(), shards, reason);
        return this.core.within(decision, () -> this.group.run(shards, operations, options, what));
    }

    private static long sum(List<Long> counts) {
        long total = 0;
        for (Long count : counts) {
            total += count;
        }
        return total;
    }

}
