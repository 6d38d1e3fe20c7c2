package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import dev.goofer.sql.RelationScope;
import org.jspecify.annotations.Nullable;

/**
 * The second round of a read: includes and relation counts whose records may live on
 * other shards are read through the router with the parents' foreign-key values as an
 * {@code in} condition (routed by shard key when the foreign key holds it, else fanned
 * out), then paged per parent in memory and attached. Implicit many-to-many relations
 * cannot be followed this way (the join table rows live with one side) and fail.
 */
final class RemoteRelations {

    /** Parent keys per second-round statement. */
    static final int CHUNK = 1000;

    private final RouterCore core;

    RemoteRelations(RouterCore core) {
        this.core = core;
    }

    /** Fail before reading when a relation to load in the second round cannot be. */
    static void validate(ModelMeta model, ProjectionSplit split, String operation) {
        split.remoteIncludes().forEach((include) -> requireForeignKey(model, include.relation(), operation));
        split.remoteCounts().forEach((count) -> requireForeignKey(model, count.relation(), operation));
    }

    List<Row> attach(ModelMeta model, List<Row> rows, ProjectionSplit split, QueryOptions options, String operation) {
        if (rows.isEmpty() || !split.remote()) {
            return rows;
        }
        List<Row> result = rows;
        for (Projection.Include include : split.remoteIncludes()) {
            result = include(model, result, include, options, operation);
        }
        for (Projection.CountInclude count : split.remoteCounts()) {
            result = count(model, result, count, options, operation);
        }
        return result;
    }

    private List<Row> include(ModelMeta model, List<Row> rows, Projection.Include include, QueryOptions options,
            String operation) {
        RelationFieldMeta relation = requireForeignKey(model, include.relation(), operation);
        ModelMeta target = this.core.placements().target(relation);
        List<ScalarFieldMeta> parentKeys = RelationScope.parentKeyFields(model, relation);
        List<ScalarFieldMeta> links = RelationScope.linkFields(model, target, relation);
        FindArgs args = relation.list() ? include.args() : FindArgs.ALL;
        if (args.cursor() != null) {
            throw new ShardRoutingException(operation + " includes \"" + model.name() + "." + relation.name()
                    + "\" across shards with a cursor, which is not supported; page that relation with skip/take");
        }
        List<OrderBy> order = FindManyReader.effectiveOrder(target, args, true);
        Set<String> extra = new LinkedHashSet<>();
        links.forEach((field) -> extra.add(field.name()));
        FindManyReader.orderFields(order).forEach((field) -> extra.add(field.name()));
        args.distinct().forEach((field) -> extra.add(field.name()));
        Projection childProjection = include.projection();
        Added added = added(target, childProjection, extra, args);
        Map<List<@Nullable Object>, List<Row>> groups = new HashMap<>();
        for (List<List<@Nullable Object>> chunk : chunks(keys(rows, parentKeys))) {
            FindArgs chunkArgs = new FindArgs(Filter.and(List.of(args.where(), keyFilter(links, chunk))), order, null,
                    null, null, List.of());
            List<Row> children = this.core.router()
                .execute(new Operation.FindMany(target, chunkArgs, added.projection(), "find_many"),
                        options.withShard(null));
            for (Row child : children) {
                groups.computeIfAbsent(Rows.key(child, links), (key) -> new ArrayList<>())
                    .add(Rows.strip(child, added.cleared(), added.hidden()));
            }
        }
        int position = model.position(relation.name());
        List<Row> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Row> related = groups.getOrDefault(Rows.key(row, parentKeys), List.of());
            Object value;
            if (relation.list()) {
                value = Collections.unmodifiableList(Rows.window(related, args.distinct(), args.skip(), args.take()));
            }
            else {
                value = related.isEmpty() ? null : related.get(0);
            }
            result.add(Rows.withRelation(row, position, value));
        }
        return result;
    }

    private List<Row> count(ModelMeta model, List<Row> rows, Projection.CountInclude count, QueryOptions options,
            String operation) {
        RelationFieldMeta relation = requireForeignKey(model, count.relation(), operation);
        ModelMeta target = this.core.placements().target(relation);
        List<ScalarFieldMeta> parentKeys = RelationScope.parentKeyFields(model, relation);
        List<ScalarFieldMeta> links = RelationScope.linkFields(model, target, relation);
        Aggregation all = new Aggregation(Aggregation.Function.COUNT, null);
        Map<List<@Nullable Object>, Long> counts = new HashMap<>();
        for (List<List<@Nullable Object>> chunk : chunks(keys(rows, parentKeys))) {
            Operation.GroupBy groupBy = new Operation.GroupBy(target, links,
                    Filter.and(List.of(count.where(), keyFilter(links, chunk))), Filter.TRUE, List.of(), null, null,
                    List.of(all));
            for (Map<String, Object> group : this.core.router().execute(groupBy, options.withShard(null))) {
                List<@Nullable Object> key = new ArrayList<>(links.size());
                links.forEach((field) -> key.add(Rows.normalize(group.get(field.name()))));
                counts.put(key, ((Number) group.get(all.key())).longValue());
            }
        }
        List<Row> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            long value = counts.getOrDefault(Rows.key(row, parentKeys), 0L);
            result.add(Rows.withCounts(row, Map.of(relation.name(), value)));
        }
        return result;
    }

    private static RelationFieldMeta requireForeignKey(ModelMeta model, RelationFieldMeta relation, String operation) {
        if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            throw new ShardRoutingException(operation + " reads relation \"" + model.name() + "." + relation.name()
                    + "\" across shards; an implicit many-to-many relation keeps its join table on one side's shard "
                    + "and cannot be followed across shards (make the related model broadcast, or model the join "
                    + "table explicitly)");
        }
        return relation;
    }

    private static Added added(ModelMeta target, Projection projection, Set<String> extra, FindArgs args) {
        List<ScalarFieldMeta> fields = projection.fields();
        if (fields == null) {
            return new Added(projection, Set.of(), Set.of());
        }
        Set<String> hiddenByOne = new LinkedHashSet<>();
        for (Projection.Include include : projection.includes()) {
            RelationScope.parentKeyFields(target, include.relation()).forEach((field) -> hiddenByOne.add(field.name()));
        }
        args.distinct().forEach((field) -> hiddenByOne.add(field.name()));
        List<ScalarFieldMeta> all = new ArrayList<>(fields);
        Set<String> present = new LinkedHashSet<>();
        fields.forEach((field) -> present.add(field.name()));
        Set<Integer> cleared = new LinkedHashSet<>();
        Set<Integer> hidden = new LinkedHashSet<>();
        for (String name : extra) {
            if (present.add(name)) {
                all.add(target.scalarField(name));
                (hiddenByOne.contains(name) ? hidden : cleared).add(target.position(name));
            }
        }
        return new Added(new Projection(all, projection.includes(), projection.counts(), projection.selection()),
                cleared, hidden);
    }

    /** Return the distinct non-null parent keys, as read (not normalized). */
    private static List<List<@Nullable Object>> keys(List<Row> rows, List<ScalarFieldMeta> fields) {
        Map<List<@Nullable Object>, List<@Nullable Object>> keys = new LinkedHashMap<>();
        for (Row row : rows) {
            List<@Nullable Object> key = Rows.key(row, fields);
            if (!key.contains(null) && !keys.containsKey(key)) {
                List<@Nullable Object> raw = new ArrayList<>(fields.size());
                fields.forEach((field) -> raw.add(row.get(row.model().position(field.name()))));
                keys.put(key, raw);
            }
        }
        return new ArrayList<>(keys.values());
    }

    private static List<List<List<@Nullable Object>>> chunks(List<List<@Nullable Object>> keys) {
        List<List<List<@Nullable Object>>> chunks = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += CHUNK) {
            chunks.add(keys.subList(start, Math.min(keys.size(), start + CHUNK)));
        }
        return chunks;
    }

    /** The condition "the link fields hold one of these keys". */
    static Filter keyFilter(List<ScalarFieldMeta> links, List<List<@Nullable Object>> keys) {
        if (links.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            keys.forEach((key) -> values.add(key.get(0)));
            return new Filter.In(links.get(0), values, false, false);
        }
        List<Filter> any = new ArrayList<>(keys.size());
        for (List<@Nullable Object> key : keys) {
            List<Filter> all = new ArrayList<>(links.size());
            for (int i = 0; i < links.size(); i++) {
                all.add(new Filter.Compare(links.get(i), Filter.CompareOperator.EQUALS, key.get(i), false));
            }
            any.add(Filter.and(all));
        }
        return new Filter.Or(any);
    }

    /**
     * A projection with fields added for the second round.
     *
     * @param projection the projection to read with
     * @param cleared the positions of added fields to clear
     * @param hidden the positions of added fields to keep unloaded
     */
    private record Added(Projection projection, Set<Integer> cleared, Set<Integer> hidden) {

    }

}
