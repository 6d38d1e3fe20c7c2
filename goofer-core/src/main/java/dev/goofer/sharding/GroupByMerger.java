package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import org.jspecify.annotations.Nullable;

/**
 * {@code groupBy} across shards: each shard groups its rows without {@code having},
 * ordering or paging, computing the partial aggregates of everything the result,
 * {@code having} and the ordering need; the groups are re-grouped by their field values
 * in memory, their aggregates combined, then {@code having}, ordering and paging apply as
 * one database applies them.
 */
final class GroupByMerger {

    private final RouterCore core;

    private final HavingFilter having;

    GroupByMerger(RouterCore core) {
        this.core = core;
        this.having = new HavingFilter(core.order());
    }

    List<Map<String, @Nullable Object>> groupBy(Operation.GroupBy groupBy, Placements.Placement placement,
            List<String> shards, RoutingDecision decision, QueryOptions options) {
        String what = RouterCore.describe(groupBy);
        Set<Aggregation> needed = new LinkedHashSet<>(groupBy.aggregations());
        collect(groupBy.having(), needed);
        for (OrderBy key : groupBy.orderBy()) {
            if (key instanceof OrderBy.Aggregate aggregate) {
                needed.add(aggregate.aggregation());
            }
        }
        List<Aggregation> all = new ArrayList<>(needed);
        List<Aggregation> partials = Aggregates.partials(all);
        List<List<Map<String, Object>>> perShard = this.core.fanOut(shards, decision,
                (shard) -> new Operation.GroupBy(groupBy.model(), groupBy.by(),
                        this.core.keys().narrow(placement, groupBy.where(), shard), Filter.TRUE, List.of(), null, null,
                        partials),
                options);
        long total = 0;
        for (List<Map<String, Object>> rows : perShard) {
            total += rows.size();
        }
        this.core.checkMergeRows(what, total);
        Map<List<@Nullable Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (List<Map<String, Object>> rows : perShard) {
            for (Map<String, Object> row : rows) {
                groups.computeIfAbsent(key(row, groupBy.by()), (key) -> new ArrayList<>()).add(row);
            }
        }
        List<Map<String, @Nullable Object>> merged = new ArrayList<>(groups.size());
        for (List<Map<String, Object>> parts : groups.values()) {
            Map<String, @Nullable Object> group = new LinkedHashMap<>();
            groupBy.by().forEach((field) -> group.put(field.name(), parts.get(0).get(field.name())));
            group.putAll(Aggregates.combine(parts, all, this.core.order()));
            if (this.having.matches(groupBy.having(), group, what)) {
                merged.add(group);
            }
        }
        return page(groupBy, merged);
    }

    private List<Map<String, @Nullable Object>> page(Operation.GroupBy groupBy,
            List<Map<String, @Nullable Object>> groups) {
        Integer take = groupBy.take();
        boolean reversed = take != null && take < 0;
        List<OrderBy> orderBy = new ArrayList<>();
        for (OrderBy key : groupBy.orderBy()) {
            orderBy.add(reversed ? flip(key) : key);
        }
        List<Map<String, @Nullable Object>> sorted = new ArrayList<>(groups);
        if (!orderBy.isEmpty()) {
            sorted.sort(this.core.order().groups(orderBy));
        }
        int from = Math.min(sorted.size(), (groupBy.skip() != null) ? groupBy.skip() : 0);
        int to = (take != null) ? (int) Math.min(sorted.size(), (long) from + Math.abs((long) take)) : sorted.size();
        List<Map<String, @Nullable Object>> window = new ArrayList<>(sorted.subList(from, to));
        if (reversed) {
            Collections.reverse(window);
        }
        List<Map<String, @Nullable Object>> result = new ArrayList<>(window.size());
        for (Map<String, @Nullable Object> group : window) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            groupBy.by().forEach((field) -> row.put(field.name(), group.get(field.name())));
            groupBy.aggregations().forEach((aggregation) -> row.put(aggregation.key(), group.get(aggregation.key())));
            result.add(row);
        }
        return result;
    }

    /**
     * The ordering one database applies for a negative take: directions flipped, nulls
     * kept.
     */
    private static OrderBy flip(OrderBy key) {
        SortOrder direction = (key.direction() == SortOrder.ASC) ? SortOrder.DESC : SortOrder.ASC;
        if (key instanceof OrderBy.Field field) {
            return new OrderBy.Field(field.field(), direction, field.nulls());
        }
        if (key instanceof OrderBy.Aggregate aggregate) {
            return new OrderBy.Aggregate(aggregate.aggregation(), direction);
        }
        throw new IllegalArgumentException("groupBy can only be ordered by its fields and aggregates");
    }

    private static List<@Nullable Object> key(Map<String, Object> row, List<ScalarFieldMeta> by) {
        List<@Nullable Object> key = new ArrayList<>(by.size());
        by.forEach((field) -> key.add(Rows.normalize(row.get(field.name()))));
        return key;
    }

    private static void collect(Filter filter, Set<Aggregation> aggregations) {
        if (filter instanceof Filter.AggregateCompare compare) {
            aggregations.add(compare.aggregation());
        }
        else if (filter instanceof Filter.And and) {
            and.filters().forEach((child) -> collect(child, aggregations));
        }
        else if (filter instanceof Filter.Or or) {
            or.filters().forEach((child) -> collect(child, aggregations));
        }
        else if (filter instanceof Filter.Not not) {
            collect(not.filter(), aggregations);
        }
    }

}
