package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * Renders record {@code SELECT}s: columns, relation counts, relation scopes (batched
 * {@code IN} lists, paged per parent with {@code ROW_NUMBER()}), cursors and paging.
 */
final class SelectRenderer {

    private final SchemaMeta schema;

    private final FilterRenderer filters;

    private final OrderRenderer orders;

    SelectRenderer(SchemaMeta schema, FilterRenderer filters, OrderRenderer orders) {
        this.schema = schema;
        this.filters = filters;
        this.orders = orders;
    }

    BoundSql select(Dialect dialect, SelectSpec spec) {
        SqlWriter w = new SqlWriter(dialect);
        RelationScope scope = spec.scope();
        boolean window = scope != null && scope.perParent() && (spec.limit() != null || spec.offset() != null);
        TableRef table = TableRef.of(spec.model(), dialect);
        StringBuilder joins = new StringBuilder();
        String joinAlias = null;
        if (scope != null && scope.relation().kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            JoinTable join = Objects.requireNonNull(scope.relation().joinTable());
            joinAlias = w.alias();
            joins.append(" INNER JOIN ")
                .append(dialect.table(join.name(), join.schema()))
                .append(" AS ")
                .append(joinAlias)
                .append(" ON ")
                .append(table.column(join.targetReference()))
                .append(" = ")
                .append(joinAlias)
                .append('.')
                .append(dialect.quote(join.targetColumn()));
        }
        String order = this.orders.render(w, spec.orderBy(), table, joins);
        List<String> links = (scope != null) ? linkColumns(dialect, spec, scope, table, joinAlias) : List.of();
        // A link the selected columns already hold is not selected twice.
        List<String> selectedLinks = (scope != null
                && RelationScope.linkColumnsIn(scope.parent(), spec.model(), scope.relation(), spec.columns()) != null)
                        ? List.of() : links;
        SqlWriter list = selectList(w, spec, table, selectedLinks, window);
        if (window) {
            w.append("SELECT ");
            int columns = spec.columns().size() + spec.counts().size() + selectedLinks.size();
            for (int i = 1; i <= columns; i++) {
                w.append((i > 1) ? ", " : "").append(dialect.quote("c" + i));
            }
            w.append(" FROM (SELECT ").append(list).append(", ROW_NUMBER() OVER (PARTITION BY ");
            w.append(String.join(", ", links)).append(order.isEmpty() ? "" : " ORDER BY " + order);
            w.append(") AS ").append(dialect.quote("__rn"));
        }
        else {
            w.append("SELECT ").append(list);
        }
        w.append(" FROM ").append(w.table(spec.model())).append(joins.toString());
        where(w, spec, table, links);
        if (window) {
            String rn = dialect.quote("__rn");
            int offset = (spec.offset() != null) ? spec.offset() : 0;
            w.append(") AS ").append(dialect.quote("w")).append(" WHERE ").append(rn).append(" > ").parameter(offset);
            if (spec.limit() != null) {
                w.append(" AND ").append(rn).append(" <= ").parameter(offset + spec.limit());
            }
            w.append(" ORDER BY ").append(rn);
            return w.build();
        }
        if (!order.isEmpty()) {
            w.append(" ORDER BY ").append(order);
        }
        paging(w, spec.limit(), spec.offset());
        return w.build();
    }

    private SqlWriter selectList(SqlWriter w, SelectSpec spec, TableRef table, List<String> links, boolean window) {
        SqlWriter list = new SqlWriter(w);
        int index = 0;
        for (ScalarFieldMeta column : spec.columns()) {
            list.append((index > 0) ? ", " : "").append(table.column(column));
            alias(list, window, ++index);
        }
        for (Projection.CountInclude count : spec.counts()) {
            list.append((index > 0) ? ", " : "");
            list.append(this.orders.countExpression(w, count.relation(), table, count.where()));
            alias(list, window, ++index);
        }
        for (String link : links) {
            list.append((index > 0) ? ", " : "").append(link);
            alias(list, window, ++index);
        }
        if (index == 0) {
            list.append("1");
        }
        return list;
    }

    private static void alias(SqlWriter list, boolean window, int index) {
        if (window) {
            list.append(" AS ").append(list.quote("c" + index));
        }
    }

    private List<String> linkColumns(Dialect dialect, SelectSpec spec, RelationScope scope, TableRef table,
            String joinAlias) {
        if (joinAlias != null) {
            JoinTable join = Objects.requireNonNull(scope.relation().joinTable());
            return List.of(joinAlias + "." + dialect.quote(join.selfColumn()));
        }
        List<String> columns = new ArrayList<>();
        for (ScalarFieldMeta field : RelationScope.linkFields(scope.parent(), spec.model(), scope.relation())) {
            columns.add(table.column(field));
        }
        return columns;
    }

    private void where(SqlWriter w, SelectSpec spec, TableRef table, List<String> links) {
        boolean hasWhere = !FilterRenderer.isTrue(spec.where());
        RelationScope scope = spec.scope();
        if (!hasWhere && scope == null && spec.cursor() == null) {
            return;
        }
        w.append(" WHERE ");
        boolean first = true;
        if (scope != null) {
            scopeCondition(w, scope, links);
            first = false;
        }
        if (hasWhere) {
            w.append(first ? "" : " AND ");
            this.filters.render(w, spec.where(), table);
            first = false;
        }
        if (spec.cursor() != null) {
            w.append(first ? "" : " AND ");
            cursor(w, spec.model(), table, spec.cursor(), spec.orderBy());
        }
    }

    private void scopeCondition(SqlWriter w, RelationScope scope, List<String> links) {
        List<ScalarFieldMeta> keyFields = RelationScope.parentKeyFields(scope.parent(), scope.relation());
        if (scope.parentKeys().isEmpty()) {
            w.append("1=0");
            return;
        }
        if (links.size() == 1) {
            w.append(links.get(0)).append(" IN (");
            for (int i = 0; i < scope.parentKeys().size(); i++) {
                w.append((i > 0) ? ", " : "").value(keyFields.get(0), scope.parentKeys().get(i).get(0));
            }
            w.append(')');
            return;
        }
        w.append('(').append(String.join(", ", links)).append(") IN (");
        for (int i = 0; i < scope.parentKeys().size(); i++) {
            w.append((i > 0) ? ", (" : "(");
            List<Object> key = scope.parentKeys().get(i);
            for (int k = 0; k < key.size(); k++) {
                w.append((k > 0) ? ", " : "").value(keyFields.get(k), key.get(k));
            }
            w.append(')');
        }
        w.append(')');
    }

    /**
     * Prisma's cursor: the rows at or after the cursor record in the given ordering,
     * which ends with a unique key.
     */
    void cursor(SqlWriter w, ModelMeta model, TableRef table, UniqueWhere cursor, List<OrderBy> orderBy) {
        List<OrderBy.Field> keys = new ArrayList<>();
        for (OrderBy key : orderBy) {
            if (!(key instanceof OrderBy.Field field)) {
                throw new UnsupportedOperationException(
                        "A cursor can only be combined with ordering by the model's own fields (" + model.name() + ")");
            }
            keys.add(field);
        }
        if (keys.isEmpty()) {
            for (String name : model.identifyingFields()) {
                keys.add(new OrderBy.Field(model.scalarField(name), SortOrder.ASC, null));
            }
        }
        w.append('(');
        for (int i = 0; i < keys.size(); i++) {
            w.append((i > 0) ? " OR " : "").append('(');
            for (int j = 0; j <= i; j++) {
                w.append((j > 0) ? " AND " : "");
                OrderBy.Field key = keys.get(j);
                if (key.field().optional()) {
                    nullableCursorKey(w, model, table, key, cursor, (j < i) ? null : (i == keys.size() - 1));
                    continue;
                }
                String operator = (j < i) ? " = " : ((key.direction() == SortOrder.ASC) ? " >" : " <");
                if (j == i && i == keys.size() - 1) {
                    operator += "= ";
                }
                else if (j == i) {
                    operator += " ";
                }
                w.append(table.column(key.field())).append(operator);
                cursorValue(w, model, key.field(), cursor);
            }
            w.append(')');
        }
        w.append(')');
    }

    /**
     * A cursor key on a nullable field, where {@code =}, {@code <} and {@code >} say
     * nothing about NULL: NULL equals NULL, and NULL sorts where the ordering puts it
     * (its {@code nulls} or the database's default), as the ORDER BY does.
     * @param inclusive {@code null} for equality with the cursor, otherwise whether rows
     * equal to the cursor are included after the rows beyond it
     */
    private void nullableCursorKey(SqlWriter w, ModelMeta model, TableRef table, OrderBy.Field key, UniqueWhere cursor,
            @Nullable Boolean inclusive) {
        String column = table.column(key.field());
        w.append('(');
        if (inclusive == null || inclusive) {
            w.append(column).append(" = ");
            cursorValue(w, model, key.field(), cursor);
            w.append(" OR ").append(column).append(" IS NULL AND ");
            cursorValue(w, model, key.field(), cursor);
            w.append(" IS NULL");
            if (inclusive == null) {
                w.append(')');
                return;
            }
            w.append(" OR ");
        }
        w.append(column).append((key.direction() == SortOrder.ASC) ? " > " : " < ");
        cursorValue(w, model, key.field(), cursor);
        if (nullsFirst(w.dialect, key)) {
            w.append(" OR ").append(column).append(" IS NOT NULL AND ");
            cursorValue(w, model, key.field(), cursor);
            w.append(" IS NULL)");
        }
        else {
            w.append(" OR ").append(column).append(" IS NULL AND ");
            cursorValue(w, model, key.field(), cursor);
            w.append(" IS NOT NULL)");
        }
    }

    // PostgreSQL sorts NULL as larger than any value, MySQL and SQLite as smaller.
    private static boolean nullsFirst(Dialect dialect, OrderBy.Field key) {
        if (key.nulls() != null) {
            return key.nulls() == OrderBy.Nulls.FIRST;
        }
        boolean nullsLarge = dialect instanceof PostgresDialect;
        return (key.direction() == SortOrder.DESC) == nullsLarge;
    }

    private void cursorValue(SqlWriter w, ModelMeta model, ScalarFieldMeta field, UniqueWhere cursor) {
        TableRef row = new TableRef(model, w.alias(), w.dialect);
        w.append("(SELECT ").append(row.column(field)).append(" FROM ").append(w.table(model)).append(" AS ");
        w.append(row.reference()).append(" WHERE ");
        List<Filter> conditions = new ArrayList<>();
        for (FieldValue value : cursor.values()) {
            conditions.add(new Filter.Compare(value.field(), Filter.CompareOperator.EQUALS,
                    Objects.requireNonNull(value.value()), false));
        }
        conditions.add(cursor.filter());
        this.filters.render(w, Filter.and(conditions), row);
        w.append(')');
    }

    static void paging(SqlWriter w, Integer limit, Integer offset) {
        w.dialect.limitOffset(w.sql, limit != null, offset != null && offset > 0);
        if (limit != null) {
            w.parameters.add(limit);
        }
        if (offset != null && offset > 0) {
            w.parameters.add(offset);
        }
    }

}
