package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * Replaces every bound value of a statement's parts with a {@link Slot} and collects the
 * values: the result is the statement's shape, equal for statements that differ only in
 * their values, and the key of the SQL template cache.
 */
final class ShapeNormalizer {

    private final List<Object> values = new ArrayList<>();

    List<Object> values() {
        return this.values;
    }

    SelectSpec spec(SelectSpec spec) {
        List<Projection.CountInclude> counts = new ArrayList<>(spec.counts().size());
        for (Projection.CountInclude count : spec.counts()) {
            counts.add(new Projection.CountInclude(count.relation(), filter(count.where())));
        }
        RelationScope scope = spec.scope();
        RelationScope normalizedScope = null;
        if (scope != null) {
            List<List<Object>> keys = new ArrayList<>(scope.parentKeys().size());
            for (List<Object> key : scope.parentKeys()) {
                List<Object> slots = new ArrayList<>(key.size());
                key.forEach((value) -> slots.add(slot(value)));
                keys.add(slots);
            }
            normalizedScope = new RelationScope(scope.parent(), scope.relation(), keys, scope.perParent());
        }
        return new SelectSpec(spec.model(), filter(spec.where()), spec.orderBy(), spec.limit(), spec.offset(),
                cursor(spec.cursor()), spec.columns(), counts, normalizedScope);
    }

    private @Nullable UniqueWhere cursor(@Nullable UniqueWhere cursor) {
        if (cursor == null) {
            return null;
        }
        List<FieldValue> values = new ArrayList<>(cursor.values().size());
        for (FieldValue value : cursor.values()) {
            values.add(new FieldValue(value.field(), slot(value.value())));
        }
        return new UniqueWhere(values, filter(cursor.filter()));
    }

    Filter filter(Filter filter) {
        if (filter instanceof Filter.And and) {
            return new Filter.And(filters(and.filters()));
        }
        if (filter instanceof Filter.Or or) {
            return new Filter.Or(filters(or.filters()));
        }
        if (filter instanceof Filter.Not not) {
            return new Filter.Not(filter(not.filter()));
        }
        if (filter instanceof Filter.Compare compare) {
            return new Filter.Compare(compare.field(), compare.operator(), slot(compare.value()),
                    compare.insensitive());
        }
        if (filter instanceof Filter.In in) {
            List<Object> slots = new ArrayList<>(in.values().size());
            in.values().forEach((value) -> slots.add(slot(value)));
            return new Filter.In(in.field(), slots, in.negated(), in.insensitive());
        }
        if (filter instanceof Filter.IsNull) {
            return filter;
        }
        if (filter instanceof Filter.Text text) {
            return new Filter.Text(text.field(), text.operator(), slot(text.value()).text(), text.insensitive());
        }
        if (filter instanceof Filter.ListFilter list) {
            return (list.operator() == Filter.ListOperator.IS_EMPTY) ? list
                    : new Filter.ListFilter(list.field(), list.operator(), slot(list.value()));
        }
        if (filter instanceof Filter.JsonFilter json) {
            return new Filter.JsonFilter(json.field(), json.path(), json.operator(), slot(json.value()));
        }
        if (filter instanceof Filter.Relation relation) {
            return new Filter.Relation(relation.relation(), relation.quantifier(), filter(relation.filter()));
        }
        if (filter instanceof Filter.AggregateCompare aggregate) {
            return new Filter.AggregateCompare(aggregate.aggregation(), aggregate.operator(), slot(aggregate.value()));
        }
        throw new IllegalStateException("Unhandled filter " + filter);
    }

    private List<Filter> filters(List<Filter> filters) {
        List<Filter> normalized = new ArrayList<>(filters.size());
        filters.forEach((filter) -> normalized.add(filter(filter)));
        return normalized;
    }

    private Slot slot(@Nullable Object value) {
        this.values.add(value);
        return new Slot(this.values.size() - 1);
    }

}
