package dev.goofer.cache;

import java.util.BitSet;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * Works out which models a read depends on: its model, and every model it reaches through
 * includes, relation counts, relation filters at any depth, relation orderings and
 * cursors, or that raw SQL declares. A read that reaches a view, or a model the schema
 * does not know, depends on every model. Also refuses reads whose values could change
 * after the key was stored (mutable objects), since the key holds them.
 */
final class ReadFootprints {

    private final SchemaIndex schema;

    ReadFootprints(SchemaIndex schema) {
        this.schema = schema;
    }

    /** The sorted model indexes the read depends on, or {@code null} if not cacheable. */
    int @Nullable [] of(Operation<?> operation) {
        Walk walk = new Walk();
        if (!walk.operation(operation)) {
            return null;
        }
        return walk.everything ? this.schema.all() : walk.models.stream().toArray();
    }

    private final class Walk {

        private final BitSet models = new BitSet();

        private boolean everything;

        boolean operation(Operation<?> operation) {
            if (operation instanceof Operation.FindMany find) {
                return model(find.model()) && args(find.args()) && projection(find.projection());
            }
            if (operation instanceof Operation.Count count) {
                return model(count.model()) && args(count.args());
            }
            if (operation instanceof Operation.Aggregate aggregate) {
                return model(aggregate.model()) && args(aggregate.args());
            }
            if (operation instanceof Operation.GroupBy groupBy) {
                return model(groupBy.model()) && filter(groupBy.where()) && filter(groupBy.having())
                        && orders(groupBy.orderBy());
            }
            if (operation instanceof Operation.RawQuery raw) {
                return raw(raw);
            }
            throw new IllegalStateException("Unhandled read operation " + operation.name());
        }

        private boolean raw(Operation.RawQuery raw) {
            if (raw.resultModel() != null) {
                model(raw.resultModel());
            }
            if (raw.models().isEmpty()) {
                this.everything = true;
            }
            for (String name : raw.models()) {
                model(name);
            }
            return ImmutableValues.all(raw.parameters());
        }

        private boolean model(ModelMeta model) {
            add(ReadFootprints.this.schema.index(model));
            return true;
        }

        private void model(String name) {
            add(ReadFootprints.this.schema.index(name));
        }

        private void add(int index) {
            if (index < 0 || ReadFootprints.this.schema.isView(index)) {
                this.everything = true;
            }
            else {
                this.models.set(index);
            }
        }

        private void relation(RelationFieldMeta relation) {
            model(relation.targetModel());
        }

        private boolean args(FindArgs args) {
            return filter(args.where()) && orders(args.orderBy()) && cursor(args.cursor());
        }

        private boolean cursor(@Nullable UniqueWhere cursor) {
            if (cursor == null) {
                return true;
            }
            for (FieldValue value : cursor.values()) {
                if (!ImmutableValues.is(value.value())) {
                    return false;
                }
            }
            return filter(cursor.filter());
        }

        private boolean projection(Projection projection) {
            for (Projection.Include include : projection.includes()) {
                relation(include.relation());
                if (!args(include.args()) || !projection(include.projection())) {
                    return false;
                }
            }
            for (Projection.CountInclude count : projection.counts()) {
                relation(count.relation());
                if (!filter(count.where())) {
                    return false;
                }
            }
            return true;
        }

        private boolean orders(List<OrderBy> orders) {
            for (OrderBy order : orders) {
                if (order instanceof OrderBy.RelationField relationField) {
                    relationField.path().forEach(this::relation);
                }
                else if (order instanceof OrderBy.RelationCount relationCount) {
                    relation(relationCount.relation());
                }
            }
            return true;
        }

        private boolean filters(List<Filter> filters) {
            for (Filter filter : filters) {
                if (!filter(filter)) {
                    return false;
                }
            }
            return true;
        }

        private boolean filter(Filter filter) {
            if (filter instanceof Filter.And and) {
                return filters(and.filters());
            }
            if (filter instanceof Filter.Or or) {
                return filters(or.filters());
            }
            if (filter instanceof Filter.Not not) {
                return filter(not.filter());
            }
            if (filter instanceof Filter.Relation relation) {
                relation(relation.relation());
                return filter(relation.filter());
            }
            return ImmutableValues.is(ImmutableValues.valueOf(filter));
        }

    }

}
