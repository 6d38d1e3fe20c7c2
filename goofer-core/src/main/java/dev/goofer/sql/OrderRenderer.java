package dev.goofer.sql;

import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;

/**
 * Renders {@code ORDER BY} keys, with the {@code LEFT JOIN}s that ordering by a to-one
 * relation's field needs. Ordering renders no parameters.
 */
final class OrderRenderer {

    private final SchemaMeta schema;

    private final FilterRenderer filters;

    OrderRenderer(SchemaMeta schema, FilterRenderer filters) {
        this.schema = schema;
        this.filters = filters;
    }

    /**
     * Render the ordering of {@code orderBy}: the joins go to {@code joins}, the keys to
     * the returned text (empty when there are none).
     */
    String render(SqlWriter w, List<OrderBy> orderBy, TableRef table, StringBuilder joins) {
        if (orderBy.isEmpty()) {
            return "";
        }
        StringBuilder keys = new StringBuilder();
        for (OrderBy key : orderBy) {
            keys.append((keys.length() > 0) ? ", " : "");
            if (key instanceof OrderBy.Field field) {
                key(w, keys, table.column(field.field()), field.direction(), field.nulls());
            }
            else if (key instanceof OrderBy.RelationField relationField) {
                TableRef joined = join(w, relationField.path(), table, joins);
                key(w, keys, joined.column(relationField.field()), relationField.direction(), relationField.nulls());
            }
            else if (key instanceof OrderBy.RelationCount count) {
                key(w, keys, countExpression(w, count.relation(), table, Filter.TRUE).sql.toString(), count.direction(),
                        null);
            }
            else if (key instanceof OrderBy.Aggregate aggregate) {
                SqlWriter expression = new SqlWriter(w);
                FilterRenderer.aggregate(expression, aggregate.aggregation(), table);
                key(w, keys, expression.sql.toString(), aggregate.direction(), null);
            }
            else {
                throw new IllegalStateException("Unhandled order " + key);
            }
        }
        return keys.toString();
    }

    private void key(SqlWriter w, StringBuilder keys, String expression, SortOrder direction,
            OrderBy.@org.jspecify.annotations.Nullable Nulls nulls) {
        String order = (direction == SortOrder.DESC) ? " DESC" : " ASC";
        if (nulls != null && !w.dialect.supports(DialectCapability.NULLS_ORDERING)) {
            keys.append(expression).append((nulls == OrderBy.Nulls.FIRST) ? " IS NULL DESC, " : " IS NULL ASC, ");
            keys.append(expression).append(order);
            return;
        }
        keys.append(expression).append(order);
        if (nulls != null) {
            keys.append((nulls == OrderBy.Nulls.FIRST) ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    private TableRef join(SqlWriter w, List<RelationFieldMeta> path, TableRef table, StringBuilder joins) {
        TableRef current = table;
        for (RelationFieldMeta relation : path) {
            if (relation.list()) {
                throw new IllegalArgumentException("Ordering by a relation's field needs to-one relations; \""
                        + relation.name() + "\" is to-many");
            }
            ModelMeta target = this.schema.target(relation);
            TableRef joined = new TableRef(target, w.alias(), w.dialect);
            SqlWriter on = new SqlWriter(w);
            FilterRenderer.link(on, relation, current, joined);
            joins.append(" LEFT JOIN ")
                .append(w.table(target))
                .append(" AS ")
                .append(joined.reference())
                .append(" ON ")
                .append(on.sql);
            current = joined;
        }
        return current;
    }

    /**
     * Return a correlated subquery counting the related records of a to-many relation, as
     * a fragment whose parameters the caller appends with it.
     */
    SqlWriter countExpression(SqlWriter w, RelationFieldMeta relation, TableRef table, Filter where) {
        SqlWriter count = new SqlWriter(w);
        count.append("(");
        SqlWriter body = new SqlWriter(w);
        TableRef related = this.filters.relatedFrom(body, relation, table, where);
        if (!FilterRenderer.isTrue(where)) {
            body.append(" AND ");
            this.filters.render(body, where, related);
        }
        count.append("SELECT COUNT(*)").append(body.sql.substring("SELECT 1".length()));
        count.parameters.addAll(body.parameters);
        return count.append(")");
    }

}
