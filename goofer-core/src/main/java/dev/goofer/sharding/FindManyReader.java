package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * {@code findMany} (and {@code findFirst}/{@code findUnique}) on one or several shards.
 *
 * <p>
 * Across shards: each shard reads with the full effective ordering (the requested one,
 * then the identifying fields, as one database pages), {@code take} raised to
 * {@code skip + |take|} and no {@code skip}; the sorted results are merged k-way, then
 * {@code distinct}, {@code skip} and {@code take} apply to the merged rows (from the end
 * for a negative take). A cursor is resolved to its record first (wherever it lives) and
 * becomes the condition "at or after these ordering values", exactly as one database
 * evaluates it. Includes and counts that are not co-located load in a second round.
 */
final class FindManyReader {

    private final RouterCore core;

    private final RelationChecks checks;

    private final RemoteRelations remote;

    FindManyReader(RouterCore core, RelationChecks checks, RemoteRelations remote) {
        this.core = core;
        this.checks = checks;
        this.remote = remote;
    }

    /**
     * Read on the given shards.
     * @param whereOnShard whether the condition fixes the shard key by equalities to the
     * one shard given ({@link ShardKeys#equalityShard}), so that narrowing it for that
     * shard would leave it as it is
     */
    List<Row> read(Operation.FindMany operation, Placements.Placement placement, List<String> shards,
            RoutingDecision decision, QueryOptions options, boolean whereOnShard) {
        ModelMeta model = operation.model();
        FindArgs args = operation.args();
        this.checks.requireLocal(operation, args.where(), shards);
        this.checks.requireLocal(operation, args.orderBy(), shards);
        boolean multi = shards.size() > 1;
        // Described only where a message or a merge needs it: most reads need neither.
        String what = (multi || hasRelations(operation.projection())) ? RouterCore.describe(operation) : "";
        List<OrderBy> order = effectiveOrder(model, args, false);
        @Nullable Comparator<Row> comparator = multi ? this.core.order().rows(model, order, what) : null;
        ProjectionSplit split = ProjectionSplit.of(this.checks, model, operation.projection(),
                multi ? orderFields(order) : List.of(), args.distinct(), shards);
        RemoteRelations.validate(model, split, what);
        Filter where = args.where();
        @Nullable UniqueWhere cursor = args.cursor();
        if (cursor != null && (multi || !cursorOn(placement, cursor, shards.get(0)))) {
            Filter atOrAfter = cursorCondition(model, cursor, (args.take() != null && args.take() < 0), order, options);
            if (atOrAfter == null) {
                return List.of();
            }
            where = Filter.and(List.of(where, atOrAfter));
            cursor = null;
        }
        List<Row> rows;
        Filter condition = where;
        if (!multi) {
            String shard = shards.get(0);
            Filter narrowed = (whereOnShard && condition == args.where()) ? condition
                    : this.core.keys().narrow(placement, condition, shard);
            // Unchanged when the shard reads what was asked (a findUnique by key).
            boolean asIs = narrowed == args.where() && cursor == args.cursor() && order.equals(args.orderBy())
                    && split.shard() == operation.projection();
            Operation.FindMany shardRead = asIs ? operation : new Operation.FindMany(model,
                    args.withWhere(narrowed).withOrderBy(order).withCursor(cursor), split.shard(), operation.name());
            rows = this.core.run(shard, shardRead, options);
        }
        else {
            FindArgs base = new FindArgs(condition, order, pushedTake(args), null, null, args.distinct());
            List<List<Row>> lists = this.core.fanOut(shards, decision,
                    (shard) -> new Operation.FindMany(model,
                            base.withWhere(this.core.keys().narrow(placement, condition, shard)), split.shard(),
                            operation.name()),
                    options);
            long total = 0;
            for (List<Row> list : lists) {
                total += list.size();
            }
            this.core.checkMergeRows(what, total);
            List<Row> merged = (comparator != null && !order.isEmpty()) ? Rows.merge(lists, comparator) : concat(lists);
            rows = Rows.window(merged, args.distinct(), args.skip(), args.take());
        }
        rows = this.remote.attach(model, rows, split, options, what);
        return split.strip(rows);
    }

    private static boolean hasRelations(Projection projection) {
        return !projection.includes().isEmpty() || !projection.counts().isEmpty();
    }

    private boolean cursorOn(Placements.Placement placement, UniqueWhere cursor, String shard) {
        if (!placement.sharded()) {
            return true;
        }
        List<String> shards = this.core.keys().shards(placement, cursor.toFilter());
        return shards != null && shards.equals(List.of(shard));
    }

    /**
     * Return the condition that keeps the records at or after the cursor record in the
     * ordering the database applies (reversed for a negative take), or {@code null} when
     * the cursor record does not exist (one database then returns nothing either).
     */
    private @Nullable Filter cursorCondition(ModelMeta model, UniqueWhere cursor, boolean reversed, List<OrderBy> order,
            QueryOptions options) {
        List<OrderBy.Field> keys = new ArrayList<>();
        for (OrderBy key : order) {
            if (!(key instanceof OrderBy.Field field)) {
                throw new UnsupportedOperationException(
                        "A cursor can only be combined with ordering by the model's own fields (" + model.name() + ")");
            }
            keys.add(reversed ? flip(field) : field);
        }
        if (keys.isEmpty()) {
            for (String name : model.identifyingFields()) {
                keys.add(new OrderBy.Field(model.scalarField(name), SortOrder.ASC, null));
            }
        }
        List<ScalarFieldMeta> fields = new ArrayList<>();
        keys.forEach((key) -> fields.add(key.field()));
        List<Row> found = this.core.router()
            .execute(new Operation.FindMany(model, FindArgs.ALL.withWhere(cursor.toFilter()),
                    new Projection(fields, List.of(), List.of(), true), "find_many"), options.withShard(null));
        if (found.isEmpty()) {
            return null;
        }
        Row row = found.get(0);
        List<Filter> terms = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Filter> term = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                OrderBy.Field key = keys.get(j);
                Object value = row.get(model.position(key.field().name()));
                term.add((j < i) ? equal(key, value) : after(key, value, i == keys.size() - 1));
            }
            terms.add(Filter.and(term));
        }
        return new Filter.Or(terms);
    }

    // NULL equals NULL and sorts where the ordering puts it, as the SQL cursor does.
    private static Filter equal(OrderBy.Field key, @Nullable Object value) {
        return (value != null) ? new Filter.Compare(key.field(), Filter.CompareOperator.EQUALS, value, false)
                : new Filter.IsNull(key.field(), false);
    }

    private Filter after(OrderBy.Field key, @Nullable Object value, boolean inclusive) {
        boolean nullsFirst = this.core.order().nullsFirst(key.direction(), key.nulls());
        Filter beyond;
        if (value == null) {
            beyond = nullsFirst ? new Filter.IsNull(key.field(), true) : new Filter.Or(List.of());
        }
        else {
            Filter.CompareOperator operator = (key.direction() == SortOrder.ASC) ? Filter.CompareOperator.GT
                    : Filter.CompareOperator.LT;
            Filter compare = new Filter.Compare(key.field(), operator, value, false);
            beyond = (nullsFirst || !key.field().optional()) ? compare
                    : new Filter.Or(List.of(compare, new Filter.IsNull(key.field(), false)));
        }
        return inclusive ? new Filter.Or(List.of(beyond, equal(key, value))) : beyond;
    }

    private static OrderBy.Field flip(OrderBy.Field field) {
        SortOrder direction = (field.direction() == SortOrder.ASC) ? SortOrder.DESC : SortOrder.ASC;
        OrderBy.@Nullable Nulls nulls = field.nulls();
        if (nulls != null) {
            nulls = (nulls == OrderBy.Nulls.FIRST) ? OrderBy.Nulls.LAST : OrderBy.Nulls.FIRST;
        }
        return new OrderBy.Field(field.field(), direction, nulls);
    }

    private static @Nullable Integer pushedTake(FindArgs args) {
        Integer take = args.take();
        if (take == null) {
            return null;
        }
        long skip = (args.skip() != null) ? args.skip() : 0;
        long rows = Math.min(Integer.MAX_VALUE, skip + Math.abs((long) take));
        return (int) ((take < 0) ? -rows : rows);
    }

    private static List<Row> concat(List<List<Row>> lists) {
        List<Row> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }

    /**
     * The ordering one database applies to a read: the requested keys, then the
     * identifying fields not among them, whenever the read is paged, ordered, distinct or
     * nested (as {@code Paging} in the executor).
     */
    static List<OrderBy> effectiveOrder(ModelMeta model, FindArgs args, boolean nested) {
        boolean paged = args.take() != null || args.skip() != null || args.cursor() != null || nested
                || !args.orderBy().isEmpty() || !args.distinct().isEmpty();
        List<OrderBy> order = new ArrayList<>(args.orderBy());
        if (paged && (model.primaryKey() != null || !model.uniques().isEmpty())) {
            Set<String> ordered = new HashSet<>();
            for (OrderBy key : order) {
                if (key instanceof OrderBy.Field field) {
                    ordered.add(field.field().name());
                }
            }
            for (String name : model.identifyingFields()) {
                if (!ordered.contains(name)) {
                    order.add(new OrderBy.Field(model.scalarField(name), SortOrder.ASC, null));
                }
            }
        }
        return order;
    }

    static List<ScalarFieldMeta> orderFields(List<OrderBy> order) {
        List<ScalarFieldMeta> fields = new ArrayList<>();
        for (OrderBy key : order) {
            if (key instanceof OrderBy.Field field) {
                fields.add(field.field());
            }
        }
        return fields;
    }

}
