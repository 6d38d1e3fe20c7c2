package dev.goofer.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.SelectSpec;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code count}, {@code aggregate} and {@code groupBy}.
 */
final class AggregateReader {

    private final ExecutorContext context;

    AggregateReader(ExecutorContext context) {
        this.context = context;
    }

    Map<String, Long> count(Session session, Operation.Count count) {
        List<Aggregation> aggregations = new ArrayList<>();
        aggregations.add(new Aggregation(Aggregation.Function.COUNT, null));
        count.fields().forEach((field) -> aggregations.add(new Aggregation(Aggregation.Function.COUNT, field)));
        Map<String, @Nullable Object> values = aggregate(session, count.model(), count.args(), aggregations);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("_all", ((Number) Records.nonNull(values.get("_count._all"))).longValue());
        for (ScalarFieldMeta field : count.fields()) {
            counts.put(field.name(), ((Number) Records.nonNull(values.get("_count." + field.name()))).longValue());
        }
        return counts;
    }

    Map<String, @Nullable Object> aggregate(Session session, ModelMeta model, FindArgs args,
            List<Aggregation> aggregations) {
        Paging paging = Paging.of(model, args, false);
        SelectSpec window = new SelectSpec(model, args.where(), paging.orderBy(), paging.limit(), args.skip(),
                args.cursor(), List.of(), List.of(), null);
        Dialect dialect = session.dialect();
        return session.query(model, this.context.renderer().aggregate(window, aggregations), (resultSet) -> {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            for (int i = 0; i < aggregations.size(); i++) {
                values.put(aggregations.get(i).key(), value(dialect, resultSet, i + 1, aggregations.get(i)));
            }
            return values;
        }).get(0);
    }

    List<Map<String, @Nullable Object>> groupBy(Session session, Operation.GroupBy groupBy) {
        Integer take = groupBy.take();
        boolean reversed = take != null && take < 0;
        List<OrderBy> orderBy = new ArrayList<>();
        for (OrderBy key : groupBy.orderBy()) {
            orderBy.add(reversed ? flip(key) : key);
        }
        Dialect dialect = session.dialect();
        List<Map<String, @Nullable Object>> rows = session.query(groupBy.model(), this.context.renderer()
            .groupBy(groupBy, orderBy, (take != null) ? Math.abs(take) : null, groupBy.skip()), (resultSet) -> {
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                int index = 0;
                for (ScalarFieldMeta field : groupBy.by()) {
                    row.put(field.name(), dialect.read(resultSet, ++index, field));
                }
                for (Aggregation aggregation : groupBy.aggregations()) {
                    row.put(aggregation.key(), value(dialect, resultSet, ++index, aggregation));
                }
                return row;
            });
        if (reversed) {
            Collections.reverse(rows);
        }
        return rows;
    }

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

    private static @Nullable Object value(Dialect dialect, ResultSet resultSet, int index, Aggregation aggregation)
            throws SQLException {
        ScalarFieldMeta field = aggregation.field();
        switch (aggregation.function()) {
            case COUNT:
                return resultSet.getLong(index);
            case AVG: {
                double value = resultSet.getDouble(index);
                return resultSet.wasNull() ? null : value;
            }
            case SUM:
                return sum(resultSet, index, (ScalarFieldMeta) Records.nonNull(field));
            default:
                return dialect.read(resultSet, index, (ScalarFieldMeta) Records.nonNull(field));
        }
    }

    private static @Nullable Object sum(ResultSet resultSet, int index, ScalarFieldMeta field) throws SQLException {
        ScalarType type = field.type();
        Object value;
        if (type == ScalarType.DECIMAL) {
            value = resultSet.getBigDecimal(index);
        }
        else if (type == ScalarType.FLOAT) {
            value = resultSet.getDouble(index);
        }
        else {
            value = resultSet.getLong(index);
        }
        return resultSet.wasNull() ? null : value;
    }

}
