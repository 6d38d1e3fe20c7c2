package dev.goofer.sharding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * Combines aggregates computed per shard, and computes them over rows in memory, with the
 * result types of one database: {@code _count} as {@code Long}, {@code _sum} as
 * {@code Long} ({@code Double} for {@code Float}, {@code BigDecimal} for
 * {@code Decimal}), {@code _avg} as {@code Double}, {@code _min}/{@code _max} as the
 * field's type; empty inputs give {@code null} except for counts.
 */
final class Aggregates {

    private Aggregates() {
    }

    /**
     * Return what each shard must compute: the requested aggregates, with every
     * {@code _avg} replaced by the {@code _sum} and {@code _count} it is derived from.
     */
    static List<Aggregation> partials(List<Aggregation> requested) {
        Set<Aggregation> partials = new LinkedHashSet<>();
        for (Aggregation aggregation : requested) {
            if (aggregation.function() == Aggregation.Function.AVG) {
                partials.add(new Aggregation(Aggregation.Function.SUM, aggregation.field()));
                partials.add(new Aggregation(Aggregation.Function.COUNT, aggregation.field()));
            }
            else {
                partials.add(aggregation);
            }
        }
        return new ArrayList<>(partials);
    }

    /** Combine per-shard results of {@link #partials} into the requested aggregates. */
    static Map<String, @Nullable Object> combine(List<? extends Map<String, ?>> shards, List<Aggregation> requested,
            ValueOrder order) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        for (Aggregation aggregation : requested) {
            result.put(aggregation.key(), combine(shards, aggregation, order));
        }
        return result;
    }

    private static @Nullable Object combine(List<? extends Map<String, ?>> shards, Aggregation aggregation,
            ValueOrder order) {
        ScalarFieldMeta field = aggregation.field();
        switch (aggregation.function()) {
            case COUNT: {
                long count = 0;
                for (Map<String, ?> shard : shards) {
                    Object value = shard.get(aggregation.key());
                    count += (value != null) ? ((Number) value).longValue() : 0;
                }
                return count;
            }
            case SUM: {
                List<@Nullable Object> values = new ArrayList<>();
                shards.forEach((shard) -> values.add(shard.get(aggregation.key())));
                return sum(field, values);
            }
            case AVG: {
                Aggregation sum = new Aggregation(Aggregation.Function.SUM, field);
                Aggregation count = new Aggregation(Aggregation.Function.COUNT, field);
                return average(combine(shards, sum, order), (Long) combine(shards, count, order), order);
            }
            default: {
                List<@Nullable Object> values = new ArrayList<>();
                shards.forEach((shard) -> values.add(shard.get(aggregation.key())));
                return extreme(field, values, aggregation.function() == Aggregation.Function.MIN, order);
            }
        }
    }

    /** Compute the requested aggregates over rows. */
    static Map<String, @Nullable Object> compute(List<Row> rows, List<Aggregation> requested, ValueOrder order) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        for (Aggregation aggregation : requested) {
            ScalarFieldMeta field = aggregation.field();
            List<@Nullable Object> values = new ArrayList<>(rows.size());
            for (Row row : rows) {
                values.add((field != null) ? row.get(row.model().position(field.name())) : Boolean.TRUE);
            }
            result.put(aggregation.key(), compute(aggregation, values, order));
        }
        return result;
    }

    private static @Nullable Object compute(Aggregation aggregation, List<@Nullable Object> values, ValueOrder order) {
        ScalarFieldMeta field = aggregation.field();
        switch (aggregation.function()) {
            case COUNT: {
                long count = 0;
                for (Object value : values) {
                    count += (value != null) ? 1 : 0;
                }
                return count;
            }
            case SUM:
                return sum(field, values);
            case AVG: {
                long count = 0;
                for (Object value : values) {
                    count += (value != null) ? 1 : 0;
                }
                return average(sum(field, values), count, order);
            }
            default:
                return extreme(field, values, aggregation.function() == Aggregation.Function.MIN, order);
        }
    }

    private static @Nullable Object sum(@Nullable ScalarFieldMeta field, List<@Nullable Object> values) {
        ScalarType type = (field != null) ? field.type() : ScalarType.INT;
        @Nullable Object total = null;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            Number number = (Number) value;
            if (type == ScalarType.DECIMAL) {
                BigDecimal decimal = NaturalOrder.decimal(number);
                total = (total != null) ? ((BigDecimal) total).add(decimal) : decimal;
            }
            else if (type == ScalarType.FLOAT) {
                total = ((total != null) ? (Double) total : 0.0) + number.doubleValue();
            }
            else {
                total = ((total != null) ? (Long) total : 0L) + number.longValue();
            }
        }
        return total;
    }

    private static @Nullable Double average(@Nullable Object sum, long count, ValueOrder order) {
        if (sum == null || count == 0) {
            return null;
        }
        if (sum instanceof Double real) {
            return real / count;
        }
        return order.average(NaturalOrder.decimal((Number) sum), count);
    }

    private static @Nullable Object extreme(@Nullable ScalarFieldMeta field, List<@Nullable Object> values, boolean min,
            ValueOrder order) {
        @Nullable Object best = null;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            if (best == null) {
                best = value;
                continue;
            }
            int comparison = order.compareValues(order.extremeField(field), value, best);
            if (min ? comparison < 0 : comparison > 0) {
                best = value;
            }
        }
        return best;
    }

}
