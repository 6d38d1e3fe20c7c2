package dev.goofer.sharding;

import java.util.Collection;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import org.jspecify.annotations.Nullable;

/**
 * Which relations a statement on some shards may follow: only co-located ones (see
 * {@link Placements#colocated}). Relation filters and relation orderings are part of the
 * statement and must be co-located; includes and relation counts that are not are loaded
 * in a second round instead.
 */
final class RelationChecks {

    private final Placements placements;

    RelationChecks(Placements placements) {
        this.placements = placements;
    }

    /**
     * Fail when a condition follows a relation whose records may live on other shards.
     */
    void requireLocal(ModelMeta model, Filter filter, Collection<String> shards, String operation) {
        RelationFieldMeta relation = crossing(model, filter, shards);
        if (relation != null) {
            throw crossShard(model, relation, "filters on", operation);
        }
    }

    /**
     * Fail when a condition follows a relation whose records may live on other shards,
     * describing the operation only then.
     */
    void requireLocal(Operation<?> operation, Filter filter, Collection<String> shards) {
        RelationFieldMeta relation = crossing(operation.model(), filter, shards);
        if (relation != null) {
            throw crossShard(operation.model(), relation, "filters on", RouterCore.describe(operation));
        }
    }

    /**
     * Fail when an ordering follows a relation whose records may live on other shards,
     * describing the operation only then.
     */
    void requireLocal(Operation<?> operation, List<OrderBy> orderBy, Collection<String> shards) {
        for (OrderBy key : orderBy) {
            RelationFieldMeta relation = crossing(operation.model(), key, shards);
            if (relation != null) {
                throw crossShard(operation.model(), relation, "orders by", RouterCore.describe(operation));
            }
        }
    }

    /**
     * Fail when an ordering follows a relation whose records may live on other shards.
     */
    void requireLocal(ModelMeta model, List<OrderBy> orderBy, Collection<String> shards, String operation) {
        for (OrderBy key : orderBy) {
            RelationFieldMeta relation = crossing(model, key, shards);
            if (relation != null) {
                throw crossShard(model, relation, "orders by", operation);
            }
        }
    }

    private ShardRoutingException crossShard(ModelMeta model, RelationFieldMeta relation, String verb,
            String operation) {
        return new ShardRoutingException(operation + " " + verb + " relation \"" + model.name() + "." + relation.name()
                + "\", whose \"" + relation.targetModel()
                + "\" records may live on other shards; relations followed inside one statement must be co-located "
                + "(the related model is broadcast, or both are sharded by the same key and the relation's foreign "
                + "key holds it)");
    }

    /**
     * Whether an include, with everything it loads, can be read on the parent's shards.
     */
    boolean local(ModelMeta model, Projection.Include include, Collection<String> shards) {
        if (!this.placements.colocated(model, include.relation(), shards)) {
            return false;
        }
        ModelMeta target = this.placements.target(include.relation());
        return local(target, include.args(), include.projection(), shards);
    }

    /** Whether a relation count can be computed on the parent's shards. */
    boolean local(ModelMeta model, Projection.CountInclude count, Collection<String> shards) {
        return this.placements.colocated(model, count.relation(), shards)
                && crossing(this.placements.target(count.relation()), count.where(), shards) == null;
    }

    private boolean local(ModelMeta model, FindArgs args, Projection projection, Collection<String> shards) {
        if (crossing(model, args.where(), shards) != null) {
            return false;
        }
        for (OrderBy key : args.orderBy()) {
            if (crossing(model, key, shards) != null) {
                return false;
            }
        }
        for (Projection.Include include : projection.includes()) {
            if (!local(model, include, shards)) {
                return false;
            }
        }
        for (Projection.CountInclude count : projection.counts()) {
            if (!local(model, count, shards)) {
                return false;
            }
        }
        return true;
    }

    private @Nullable RelationFieldMeta crossing(ModelMeta model, Filter filter, Collection<String> shards) {
        if (filter instanceof Filter.Relation relation) {
            if (!this.placements.colocated(model, relation.relation(), shards)) {
                return relation.relation();
            }
            return crossing(this.placements.target(relation.relation()), relation.filter(), shards);
        }
        if (filter instanceof Filter.And and) {
            return first(model, and.filters(), shards);
        }
        if (filter instanceof Filter.Or or) {
            return first(model, or.filters(), shards);
        }
        if (filter instanceof Filter.Not not) {
            return crossing(model, not.filter(), shards);
        }
        return null;
    }

    private @Nullable RelationFieldMeta first(ModelMeta model, List<Filter> filters, Collection<String> shards) {
        for (Filter child : filters) {
            RelationFieldMeta relation = crossing(model, child, shards);
            if (relation != null) {
                return relation;
            }
        }
        return null;
    }

    private @Nullable RelationFieldMeta crossing(ModelMeta model, OrderBy key, Collection<String> shards) {
        if (key instanceof OrderBy.RelationField field) {
            ModelMeta current = model;
            for (RelationFieldMeta hop : field.path()) {
                if (!this.placements.colocated(current, hop, shards)) {
                    return hop;
                }
                current = this.placements.target(hop);
            }
        }
        if (key instanceof OrderBy.RelationCount count && !this.placements.colocated(model, count.relation(), shards)) {
            return count.relation();
        }
        return null;
    }

}
