package dev.goofer.sharding;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Routes reads: a sharded model's read goes to the shards its condition's shard key names
 * ({@code in} lists split per shard) and fans out to every shard without one; a model
 * without a shard key is read on the default shard; a broadcast model on the default
 * shard, or on the shard the surrounding transaction is bound to (without binding an
 * unbound transaction).
 */
final class ReadRouter {

    private final RouterCore core;

    private final RelationChecks checks;

    private final FindManyReader reader;

    private final AggregateMerger aggregates;

    private final GroupByMerger groups;

    ReadRouter(RouterCore core, RelationChecks checks) {
        this.core = core;
        this.checks = checks;
        this.reader = new FindManyReader(core, checks, new RemoteRelations(core));
        this.aggregates = new AggregateMerger(core, this.reader);
        this.groups = new GroupByMerger(core);
    }

    @SuppressWarnings("unchecked")
    <R> R read(Operation<R> operation, QueryOptions options) {
        ModelMeta model = operation.model();
        Placements.Placement placement = this.core.placement(model);
        ShardTransactions.Scope scope = this.core.scope();
        List<String> shards;
        RoutingDecision.Reason reason;
        boolean keyEquality = false;
        if (placement.kind() == Placements.Kind.BROADCAST) {
            String bound = (scope != null) ? scope.boundShard() : null;
            shards = List.of((bound != null) ? bound : this.core.defaultShard());
            reason = RoutingDecision.Reason.BROADCAST_READ;
        }
        else if (placement.kind() == Placements.Kind.SINGLE) {
            shards = List.of(this.core.defaultShard());
            reason = RoutingDecision.Reason.DEFAULT_SHARD;
        }
        else {
            Filter where = where(operation);
            @Nullable String fixed = this.core.keys().equalityShard(placement, where);
            List<String> keyed = (fixed != null) ? List.of(fixed) : this.core.keys().shards(placement, where);
            keyEquality = fixed != null;
            shards = (keyed == null) ? this.core.shardNames()
                    : (keyed.isEmpty() ? List.of(this.core.defaultShard()) : keyed);
            reason = (keyed == null && shards.size() > 1) ? RoutingDecision.Reason.FAN_OUT
                    : RoutingDecision.Reason.SHARD_KEY;
        }
        if (scope != null && shards.size() > 1) {
            throw scope.fail(shards, RouterCore.describe(operation));
        }
        RoutingDecision decision = new RoutingDecision(model.name(), operation.name(), shards, reason);
        boolean whereOnShard = keyEquality;
        return this.core.within(decision,
                () -> (R) dispatch(operation, placement, shards, decision, options, whereOnShard));
    }

    private Object dispatch(Operation<?> operation, Placements.Placement placement, List<String> shards,
            RoutingDecision decision, QueryOptions options, boolean whereOnShard) {
        if (operation instanceof Operation.FindMany find) {
            return this.reader.read(find, placement, shards, decision, options, whereOnShard);
        }
        this.checks.requireLocal(operation, where(operation), shards);
        boolean single = shards.size() == 1;
        if (operation instanceof Operation.Count count) {
            return (single && count.args().cursor() == null) ? this.core.run(shards.get(0), count, options)
                    : this.aggregates.count(count, placement, shards, decision, options);
        }
        if (operation instanceof Operation.Aggregate aggregate) {
            return (single && aggregate.args().cursor() == null) ? this.core.run(shards.get(0), aggregate, options)
                    : this.aggregates.aggregate(aggregate, placement, shards, decision, options);
        }
        if (operation instanceof Operation.GroupBy groupBy) {
            return single ? this.core.run(shards.get(0), groupBy, options)
                    : this.groups.groupBy(groupBy, placement, shards, decision, options);
        }
        throw new IllegalStateException("Unhandled read operation " + operation.name());
    }

    private static Filter where(Operation<?> operation) {
        if (operation instanceof Operation.FindMany find) {
            return find.args().where();
        }
        if (operation instanceof Operation.Count count) {
            return count.args().where();
        }
        if (operation instanceof Operation.Aggregate aggregate) {
            return aggregate.args().where();
        }
        if (operation instanceof Operation.GroupBy groupBy) {
            return groupBy.where();
        }
        throw new IllegalStateException("Unhandled read operation " + operation.name());
    }

}
