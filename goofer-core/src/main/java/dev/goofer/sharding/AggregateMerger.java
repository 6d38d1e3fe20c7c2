package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * {@code count} and {@code aggregate} across shards. Without a window they combine
 * directly: counts and sums add up, minimum and maximum compare, and each shard is asked
 * for the sum and count an average is derived from. With {@code take}, {@code skip} or a
 * cursor, the window's records are read as a merged {@code findMany} (only the fields the
 * aggregates need) and aggregated in memory.
 */
final class AggregateMerger {

    private final RouterCore core;

    private final FindManyReader reader;

    AggregateMerger(RouterCore core, FindManyReader reader) {
        this.core = core;
        this.reader = reader;
    }

    Map<String, Long> count(Operation.Count count, Placements.Placement placement, List<String> shards,
            RoutingDecision decision, QueryOptions options) {
        ModelMeta model = count.model();
        List<Aggregation> aggregations = new ArrayList<>();
        aggregations.add(new Aggregation(Aggregation.Function.COUNT, null));
        count.fields().forEach((field) -> aggregations.add(new Aggregation(Aggregation.Function.COUNT, field)));
        Map<String, @Nullable Object> values;
        if (windowed(count.args())) {
            values = Aggregates.compute(
                    window(model, count.args(), count.fields(), placement, shards, decision, options, "count"),
                    aggregations, this.core.order());
        }
        else {
            List<Map<String, Long>> partials = this.core.fanOut(shards, decision,
                    (shard) -> new Operation.Count(model, narrowed(count.args(), placement, shard), count.fields()),
                    options);
            List<Map<String, Object>> keyed = new ArrayList<>();
            for (Map<String, Long> partial : partials) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("_count._all", partial.get("_all"));
                count.fields().forEach((field) -> map.put("_count." + field.name(), partial.get(field.name())));
                keyed.add(map);
            }
            values = Aggregates.combine(keyed, aggregations, this.core.order());
        }
        Map<String, Long> result = new LinkedHashMap<>();
        result.put("_all", (Long) values.get("_count._all"));
        count.fields().forEach((field) -> result.put(field.name(), (Long) values.get("_count." + field.name())));
        return result;
    }

    Map<String, @Nullable Object> aggregate(Operation.Aggregate aggregate, Placements.Placement placement,
            List<String> shards, RoutingDecision decision, QueryOptions options) {
        ModelMeta model = aggregate.model();
        if (windowed(aggregate.args())) {
            List<ScalarFieldMeta> fields = new ArrayList<>();
            for (Aggregation aggregation : aggregate.aggregations()) {
                if (aggregation.field() != null) {
                    fields.add(aggregation.field());
                }
            }
            return Aggregates.compute(
                    window(model, aggregate.args(), fields, placement, shards, decision, options, "aggregate"),
                    aggregate.aggregations(), this.core.order());
        }
        List<Aggregation> partials = Aggregates.partials(aggregate.aggregations());
        List<Map<String, Object>> results = this.core.fanOut(shards, decision,
                (shard) -> new Operation.Aggregate(model, narrowed(aggregate.args(), placement, shard), partials),
                options);
        return Aggregates.combine(results, aggregate.aggregations(), this.core.order());
    }

    private static boolean windowed(FindArgs args) {
        return args.take() != null || args.skip() != null || args.cursor() != null;
    }

    private FindArgs narrowed(FindArgs args, Placements.Placement placement, String shard) {
        return args.withWhere(this.core.keys().narrow(placement, args.where(), shard));
    }

    private List<Row> window(ModelMeta model, FindArgs args, List<ScalarFieldMeta> fields,
            Placements.Placement placement, List<String> shards, RoutingDecision decision, QueryOptions options,
            String name) {
        Set<ScalarFieldMeta> columns = new LinkedHashSet<>();
        model.identifyingFields().forEach((field) -> columns.add(model.scalarField(field)));
        columns.addAll(fields);
        Projection projection = new Projection(new ArrayList<>(columns), List.of(), List.of(), true);
        return this.reader.read(new Operation.FindMany(model, args.withDistinct(List.of()), projection, name),
                placement, shards, decision, options, false);
    }

}
