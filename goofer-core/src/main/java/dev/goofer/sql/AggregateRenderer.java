package dev.goofer.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Operation;

/**
 * Renders {@code count}, {@code aggregate} and {@code groupBy}. A paged window
 * (take/skip/cursor) is computed in a derived table first.
 */
final class AggregateRenderer {

    private final FilterRenderer filters;

    private final OrderRenderer orders;

    private final SelectRenderer selects;

    AggregateRenderer(FilterRenderer filters, OrderRenderer orders, SelectRenderer selects) {
        this.filters = filters;
        this.orders = orders;
        this.selects = selects;
    }

    BoundSql aggregate(Dialect dialect, SelectSpec window, List<Aggregation> aggregations) {
        Set<ScalarFieldMeta> fields = new LinkedHashSet<>();
        for (Aggregation aggregation : aggregations) {
            if (aggregation.field() != null) {
                fields.add(aggregation.field());
            }
        }
        boolean paged = window.limit() != null || window.offset() != null || window.cursor() != null;
        SqlWriter w = new SqlWriter(dialect);
        TableRef table = paged ? new TableRef(window.model(), dialect.quote("sub"), dialect)
                : TableRef.of(window.model(), dialect);
        w.append("SELECT ");
        for (int i = 0; i < aggregations.size(); i++) {
            w.append((i > 0) ? ", " : "");
            FilterRenderer.aggregate(w, aggregations.get(i), table);
        }
        if (aggregations.isEmpty()) {
            w.append("COUNT(*)");
        }
        if (paged) {
            SelectSpec inner = new SelectSpec(window.model(), window.where(), window.orderBy(), window.limit(),
                    window.offset(), window.cursor(), new ArrayList<>(fields), List.of(), null);
            BoundSql sub = this.selects.select(dialect, inner);
            w.append(" FROM (").append(sub.sql()).append(") AS ").append(table.reference());
            w.parameters.addAll(sub.parameters());
            return w.build();
        }
        w.append(" FROM ").append(w.table(window.model()));
        if (!FilterRenderer.isTrue(window.where())) {
            w.append(" WHERE ");
            this.filters.render(w, window.where(), table);
        }
        return w.build();
    }

    BoundSql groupBy(Dialect dialect, Operation.GroupBy groupBy, List<dev.goofer.query.OrderBy> orderBy, Integer limit,
            Integer offset) {
        ModelMeta model = groupBy.model();
        SqlWriter w = new SqlWriter(dialect);
        TableRef table = TableRef.of(model, dialect);
        StringBuilder joins = new StringBuilder();
        String order = this.orders.render(w, orderBy, table, joins);
        w.append("SELECT ");
        List<String> columns = new ArrayList<>();
        for (ScalarFieldMeta field : groupBy.by()) {
            columns.add(table.column(field));
        }
        w.append(String.join(", ", columns));
        for (Aggregation aggregation : groupBy.aggregations()) {
            w.append(", ");
            FilterRenderer.aggregate(w, aggregation, table);
        }
        w.append(" FROM ").append(w.table(model)).append(joins.toString());
        if (!FilterRenderer.isTrue(groupBy.where())) {
            w.append(" WHERE ");
            this.filters.render(w, groupBy.where(), table);
        }
        w.append(" GROUP BY ").append(String.join(", ", columns));
        if (!FilterRenderer.isTrue(groupBy.having())) {
            w.append(" HAVING ");
            this.filters.render(w, groupBy.having(), table);
        }
        if (!order.isEmpty()) {
            w.append(" ORDER BY ").append(order);
        }
        SelectRenderer.paging(w, limit, offset);
        return w.build();
    }

}
