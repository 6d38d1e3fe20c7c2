package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * Finds shard keys in conditions and create data, and maps them to shards.
 *
 * <p>
 * A condition is read as a disjunction of key assignments: an equality or {@code in} on a
 * key field assigns values, {@code AND} combines assignments, {@code OR} unites them, and
 * anything else (other fields, {@code NOT}, ranges, case-insensitive comparisons) leaves
 * the key unconstrained. When every assignment fixes every key field, the condition names
 * its shards; otherwise the read fans out.
 */
final class ShardKeys {

    /** Above this many assignments a condition is treated as unconstrained. */
    static final int MAX_ASSIGNMENTS = 65_536;

    /** The condition that matches no row. */
    static final Filter NONE = new Filter.Or(List.of());

    private final List<String> shards;

    private final SchemaMeta schema;

    ShardKeys(List<String> shards, SchemaMeta schema) {
        this.shards = List.copyOf(shards);
        this.schema = schema;
    }

    /**
     * Return the shards that hold the rows a condition can match, in configuration order,
     * or {@code null} when the condition does not fix the shard key.
     */
    @Nullable List<String> shards(Placements.Placement placement, Filter filter) {
        if (!placement.sharded()) {
            return null;
        }
        String fixed = equalityShard(placement, filter);
        if (fixed != null) {
            return List.of(fixed);
        }
        Set<String> found = new LinkedHashSet<>();
        for (Map<String, Object> assignment : assignments(placement, filter)) {
            if (assignment.size() < placement.keyFields().size()) {
                return null;
            }
            found.add(shardOf(placement, tuple(placement, assignment)));
        }
        return ordered(found);
    }

    /**
     * Return the shard of the common case, a condition that is an equality on each key
     * field once (alone or in a conjunction of comparisons, as {@code findUnique}
     * builds), or {@code null} for any other condition. {@link #narrow} leaves such a
     * condition unchanged for its own shard.
     */
    @Nullable String equalityShard(Placements.Placement placement, Filter filter) {
        if (!placement.sharded()) {
            return null;
        }
        List<Object> fixed = equalities(placement, filter);
        return (fixed != null) ? shardOf(placement, fixed) : null;
    }

    /**
     * Return the key values of the common case, a condition that is an equality on each
     * key field once (alone or in a conjunction of equalities, as {@code findUnique}
     * builds), in key field order; {@code null} for any other condition, which
     * {@link #assignments} reads. Gives the shard {@link #assignments} would, without its
     * maps.
     */
    private static @Nullable List<Object> equalities(Placements.Placement placement, Filter filter) {
        List<ScalarFieldMeta> keys = placement.keyFields();
        Object[] values = new Object[keys.size()];
        if (filter instanceof Filter.Compare compare) {
            if (!keyEquality(keys, compare, values)) {
                return null;
            }
        }
        else if (filter instanceof Filter.And and) {
            for (Filter child : and.filters()) {
                if (!(child instanceof Filter.Compare compare) || !keyEquality(keys, compare, values)) {
                    return null;
                }
            }
        }
        else {
            return null;
        }
        for (Object value : values) {
            if (value == null) {
                return null;
            }
        }
        return Arrays.asList(values);
    }

    /**
     * Record a plain equality on a key field not seen yet; accept a comparison on another
     * field, which leaves the key unconstrained; refuse anything else.
     */
    private static boolean keyEquality(List<ScalarFieldMeta> keys, Filter.Compare compare, Object[] values) {
        int at = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).name().equals(compare.field().name())) {
                at = i;
            }
        }
        if (at < 0) {
            return true;
        }
        if (compare.operator() != Filter.CompareOperator.EQUALS || compare.insensitive() || values[at] != null
                || compare.value() == null) {
            return false;
        }
        values[at] = compare.value();
        return true;
    }

    List<String> ordered(Set<String> shards) {
        List<String> ordered = new ArrayList<>(shards.size());
        for (String shard : this.shards) {
            if (shards.contains(shard)) {
                ordered.add(shard);
            }
        }
        return ordered;
    }

    String shardOf(Placements.Placement placement, List<Object> values) {
        ShardingStrategy strategy = placement.strategy();
        if (strategy == null) {
            throw new IllegalStateException("Model \"" + placement.model().name() + "\" is not sharded");
        }
        ShardKey key = new ShardKey(placement.model().name(), placement.keyNames(), values);
        String shard = strategy.shardFor(key, this.shards);
        if (!this.shards.contains(shard)) {
            throw new ShardRoutingException(
                    "Sharding strategy " + strategy.description() + " sent key " + key.values() + " of model \""
                            + key.model() + "\" to shard \"" + shard + "\", which is not configured " + this.shards);
        }
        return shard;
    }

    private static List<Object> tuple(Placements.Placement placement, Map<String, Object> assignment) {
        List<Object> values = new ArrayList<>(placement.keyFields().size());
        for (ScalarFieldMeta field : placement.keyFields()) {
            values.add(assignment.get(field.name()));
        }
        return values;
    }

    private List<Map<String, Object>> assignments(Placements.Placement placement, Filter filter) {
        if (filter instanceof Filter.Compare compare && compare.operator() == Filter.CompareOperator.EQUALS
                && !compare.insensitive() && placement.isKeyField(compare.field())) {
            return List.of(Map.of(compare.field().name(), compare.value()));
        }
        if (filter instanceof Filter.In in && !in.negated() && !in.insensitive() && placement.isKeyField(in.field())) {
            if (in.values().size() > MAX_ASSIGNMENTS) {
                return List.of(Map.of());
            }
            List<Map<String, Object>> values = new ArrayList<>(in.values().size());
            in.values().forEach((value) -> values.add(Map.of(in.field().name(), value)));
            return values;
        }
        if (filter instanceof Filter.And and) {
            List<Map<String, Object>> result = List.of(Map.of());
            for (Filter child : and.filters()) {
                List<Map<String, Object>> next = assignments(placement, child);
                if ((long) result.size() * next.size() > MAX_ASSIGNMENTS) {
                    return List.of(Map.of());
                }
                result = cross(result, next);
            }
            return result;
        }
        if (filter instanceof Filter.Or or) {
            List<Map<String, Object>> result = new ArrayList<>();
            for (Filter child : or.filters()) {
                result.addAll(assignments(placement, child));
                if (result.size() > MAX_ASSIGNMENTS) {
                    return List.of(Map.of());
                }
            }
            return result;
        }
        return List.of(Map.of());
    }

    private static List<Map<String, Object>> cross(List<Map<String, Object>> left, List<Map<String, Object>> right) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> a : left) {
            for (Map<String, Object> b : right) {
                Map<String, Object> merged = merge(a, b);
                if (merged != null) {
                    result.add(merged);
                }
            }
        }
        return result;
    }

    private static @Nullable Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new HashMap<>(a);
        for (Map.Entry<String, Object> entry : b.entrySet()) {
            Object existing = merged.putIfAbsent(entry.getKey(), entry.getValue());
            if (existing != null && !sameValue(existing, entry.getValue())) {
                return null;
            }
        }
        return merged;
    }

    static boolean sameValue(Object a, Object b) {
        Object x = ShardKey.normalize(a);
        Object y = ShardKey.normalize(b);
        return (x instanceof byte[] bx && y instanceof byte[] by) ? Arrays.equals(bx, by) : x.equals(y);
    }

    /**
     * Rewrite a condition for one shard: {@code in} lists on a single-field key keep the
     * values that shard holds, and conjunctions that fix the key of another shard become
     * {@link #NONE}. Equivalent on that shard's rows, which all carry keys of that shard.
     */
    Filter narrow(Placements.Placement placement, Filter filter, String shard) {
        if (!placement.sharded()) {
            return filter;
        }
        boolean single = placement.keyFields().size() == 1;
        if (single && filter instanceof Filter.In in && !in.negated() && !in.insensitive()
                && placement.isKeyField(in.field())) {
            List<Object> kept = new ArrayList<>();
            for (Object value : in.values()) {
                if (shardOf(placement, List.of(value)).equals(shard)) {
                    kept.add(value);
                }
            }
            return (kept.size() == in.values().size()) ? in : new Filter.In(in.field(), kept, false, false);
        }
        if (single && filter instanceof Filter.Compare compare && compare.operator() == Filter.CompareOperator.EQUALS
                && !compare.insensitive() && placement.isKeyField(compare.field())) {
            return shardOf(placement, List.of(compare.value())).equals(shard) ? filter : NONE;
        }
        if (filter instanceof Filter.And and) {
            return narrowAnd(placement, and, shard);
        }
        if (filter instanceof Filter.Or or) {
            List<Filter> kept = new ArrayList<>();
            for (Filter child : or.filters()) {
                Filter narrowed = narrow(placement, child, shard);
                if (narrowed != NONE) {
                    kept.add(narrowed);
                }
            }
            return kept.isEmpty() ? NONE : new Filter.Or(kept);
        }
        if (filter instanceof Filter.Not not) {
            Filter narrowed = narrow(placement, not.filter(), shard);
            return (narrowed == not.filter()) ? not : new Filter.Not(narrowed);
        }
        return filter;
    }

    private Filter narrowAnd(Placements.Placement placement, Filter.And and, String shard) {
        Map<String, Object> fixed = new HashMap<>();
        List<Filter> children = new ArrayList<>(and.filters().size());
        for (Filter child : and.filters()) {
            if (child instanceof Filter.Compare compare && compare.operator() == Filter.CompareOperator.EQUALS
                    && !compare.insensitive() && placement.isKeyField(compare.field())) {
                fixed.put(compare.field().name(), compare.value());
            }
            Filter narrowed = narrow(placement, child, shard);
            if (narrowed == NONE) {
                return NONE;
            }
            children.add(narrowed);
        }
        if (fixed.size() == placement.keyFields().size() && placement.keyFields().size() > 1
                && !shardOf(placement, tuple(placement, fixed)).equals(shard)) {
            return NONE;
        }
        return new Filter.And(children);
    }

    /**
     * Return the shard key values of a record to create, from its values, the selector or
     * data of a nested write through a relation whose foreign key holds a key field, or a
     * literal default; {@code null} when a key field has none of them.
     */
    @Nullable List<Object> keyOfCreate(Placements.Placement placement, CreateData data) {
        List<Object> values = new ArrayList<>(placement.keyFields().size());
        for (ScalarFieldMeta field : placement.keyFields()) {
            Object value = valueOf(data.values(), field.name());
            if (value == null) {
                value = fromRelations(data.relations(), field.name());
            }
            if (value == null) {
                value = literalDefault(field);
            }
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** Return the first key field of a record to create that has no value. */
    static String missingField(Placements.Placement placement, CreateData data) {
        for (ScalarFieldMeta field : placement.keyFields()) {
            if (valueOf(data.values(), field.name()) == null) {
                return field.name();
            }
        }
        return placement.keyFields().get(0).name();
    }

    static @Nullable Object valueOf(List<FieldValue> values, String field) {
        for (FieldValue value : values) {
            if (value.field().name().equals(field)) {
                return value.value();
            }
        }
        return null;
    }

    private static @Nullable Object fromRelations(List<NestedWrite> relations, String field) {
        for (NestedWrite write : relations) {
            RelationFieldMeta relation = write.relation();
            int at = relation.fields().indexOf(field);
            if (relation.kind() != RelationKind.FORWARD || at < 0) {
                continue;
            }
            String reference = relation.references().get(at);
            @Nullable Object value = null;
            if (write instanceof NestedWrite.Connect connect && !connect.where().isEmpty()) {
                value = valueOf(connect.where().get(0), reference);
            }
            else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate
                    && !connectOrCreate.items().isEmpty()) {
                NestedWrite.ConnectOrCreateItem item = connectOrCreate.items().get(0);
                value = valueOf(item.where(), reference);
                if (value == null) {
                    value = valueOf(item.create().values(), reference);
                }
            }
            else if (write instanceof NestedWrite.Create create && !create.data().isEmpty()) {
                value = valueOf(create.data().get(0).values(), reference);
            }
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static @Nullable Object valueOf(UniqueWhere where, String field) {
        Object value = valueOf(where.values(), field);
        return (value != null) ? value : equality(where.filter(), field);
    }

    private static @Nullable Object equality(Filter filter, String field) {
        if (filter instanceof Filter.Compare compare && compare.operator() == Filter.CompareOperator.EQUALS
                && !compare.insensitive() && compare.field().name().equals(field)) {
            return compare.value();
        }
        if (filter instanceof Filter.And and) {
            for (Filter child : and.filters()) {
                Object value = equality(child, field);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private @Nullable Object literalDefault(ScalarFieldMeta field) {
        if (!(field.defaultValue() instanceof DefaultValue.Literal literal)) {
            return null;
        }
        if (literal.enumValue() && field.enumName() != null) {
            EnumMeta enumMeta = this.schema.enumType(field.enumName());
            for (EnumMeta.Value value : enumMeta.values()) {
                if (value.name().equals(literal.value().toString())) {
                    return value.databaseName();
                }
            }
        }
        return literal.value();
    }

}
