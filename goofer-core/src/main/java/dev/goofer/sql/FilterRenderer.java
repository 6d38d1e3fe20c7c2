package dev.goofer.sql;

import java.util.List;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;

/**
 * Renders {@code where} and {@code having} conditions. Relation conditions become
 * {@code EXISTS} subqueries, through join tables for implicit many-to-many relations.
 */
final class FilterRenderer {

    private final SchemaMeta schema;

    private final JsonFilterRenderer json = new JsonFilterRenderer();

    FilterRenderer(SchemaMeta schema) {
        this.schema = schema;
    }

    void render(SqlWriter w, Filter filter, TableRef table) {
        if (filter instanceof Filter.And and) {
            junction(w, and.filters(), table, " AND ", "1=1");
        }
        else if (filter instanceof Filter.Or or) {
            junction(w, or.filters(), table, " OR ", "1=0");
        }
        else if (filter instanceof Filter.Not not) {
            w.append("NOT (");
            render(w, not.filter(), table);
            w.append(')');
        }
        else if (filter instanceof Filter.Compare compare) {
            compare(w, compare, table);
        }
        else if (filter instanceof Filter.In in) {
            in(w, in, table);
        }
        else if (filter instanceof Filter.IsNull isNull) {
            w.append(table.column(isNull.field())).append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
        }
        else if (filter instanceof Filter.Text text) {
            text(w, text, table);
        }
        else if (filter instanceof Filter.ListFilter list) {
            ListFilterRenderer.render(w, list, table, this.schema);
        }
        else if (filter instanceof Filter.JsonFilter jsonFilter) {
            this.json.render(w, jsonFilter, table);
        }
        else if (filter instanceof Filter.Relation relation) {
            relation(w, relation, table);
        }
        else if (filter instanceof Filter.AggregateCompare aggregate) {
            aggregate(w, aggregate.aggregation(), table);
            w.append(operator(aggregate.operator()));
            ScalarFieldMeta field = aggregate.aggregation().field();
            if (field != null && aggregate.aggregation().function() != Aggregation.Function.COUNT
                    && aggregate.aggregation().function() != Aggregation.Function.AVG) {
                w.value(field, aggregate.value());
            }
            else {
                w.parameter(aggregate.value());
            }
        }
        else {
            throw new IllegalStateException("Unhandled filter " + filter);
        }
    }

    static void aggregate(SqlWriter w, Aggregation aggregation, TableRef table) {
        ScalarFieldMeta field = aggregation.field();
        String column = (field != null) ? table.column(field) : "*";
        switch (aggregation.function()) {
            case COUNT -> w.append("COUNT(").append(column).append(')');
            case SUM -> w.append("SUM(").append(column).append(')');
            case AVG -> w.append("AVG(").append(column).append(')');
            case MIN -> w.append("MIN(").append(column).append(')');
            case MAX -> w.append("MAX(").append(column).append(')');
        }
    }

    private void junction(SqlWriter w, List<Filter> filters, TableRef table, String separator, String empty) {
        if (filters.isEmpty()) {
            w.append(empty);
            return;
        }
        if (filters.size() == 1) {
            render(w, filters.get(0), table);
            return;
        }
        w.append('(');
        for (int i = 0; i < filters.size(); i++) {
            if (i > 0) {
                w.append(separator);
            }
            render(w, filters.get(i), table);
        }
        w.append(')');
    }

    static String operator(Filter.CompareOperator operator) {
        return switch (operator) {
            case EQUALS -> " = ";
            case NOT_EQUALS -> " <> ";
            case LT -> " < ";
            case LTE -> " <= ";
            case GT -> " > ";
            case GTE -> " >= ";
        };
    }

    private void compare(SqlWriter w, Filter.Compare compare, TableRef table) {
        String column = table.column(compare.field());
        if (compare.insensitive()) {
            w.append("LOWER(").append(column).append(')').append(operator(compare.operator())).append("LOWER(");
            w.value(compare.field(), compare.value()).append(')');
            return;
        }
        w.append(column).append(operator(compare.operator()));
        w.value(compare.field(), compare.value());
    }

    private void in(SqlWriter w, Filter.In in, TableRef table) {
        if (in.values().isEmpty()) {
            w.append(in.negated() ? "1=1" : "1=0");
            return;
        }
        String column = table.column(in.field());
        w.append(in.insensitive() ? "LOWER(" + column + ")" : column).append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < in.values().size(); i++) {
            w.append((i > 0) ? ", " : "");
            if (in.insensitive()) {
                w.append("LOWER(").value(in.field(), in.values().get(i)).append(')');
            }
            else {
                w.value(in.field(), in.values().get(i));
            }
        }
        w.append(')');
    }

    private void text(SqlWriter w, Filter.Text text, TableRef table) {
        String column = table.column(text.field());
        Dialect dialect = w.dialect;
        if (dialect instanceof SqliteDialect) {
            sqliteText(w, text, column);
            return;
        }
        if (text.insensitive() && dialect instanceof PostgresDialect) {
            w.append(column).append(" ILIKE ").pattern(text.operator(), text.value(), false);
        }
        else if (text.insensitive()) {
            w.append("LOWER(").append(column).append(") LIKE LOWER(").pattern(text.operator(), text.value(), false);
            w.append(')');
        }
        else {
            w.append(column).append(" LIKE ").pattern(text.operator(), text.value(), false);
        }
        w.append(dialect.likeEscape());
    }

    /**
     * SQLite's {@code LIKE} and {@code GLOB} read their operands only up to the first NUL
     * character, so a value with a NUL would match on its first part alone: SQLite
     * matches with {@code instr}, which compares whole values, and with a byte-wise
     * suffix.
     */
    private void sqliteText(SqlWriter w, Filter.Text text, String column) {
        String subject = text.insensitive() ? "LOWER(" + column + ")" : column;
        switch (text.operator()) {
            case CONTAINS, STARTS_WITH -> {
                w.append("instr(").append(subject).append(", ");
                sqliteProbe(w, text);
                w.append((text.operator() == Filter.TextOperator.CONTAINS) ? ") > 0" : ") = 1");
            }
            case ENDS_WITH -> {
                w.append("substr(CAST(").append(subject).append(" AS BLOB), length(CAST(").append(subject);
                w.append(" AS BLOB)) - length(CAST(");
                sqliteProbe(w, text);
                w.append(" AS BLOB)) + 1) = CAST(");
                sqliteProbe(w, text);
                w.append(" AS BLOB)");
            }
        }
    }

    private static void sqliteProbe(SqlWriter w, Filter.Text text) {
        if (text.insensitive()) {
            w.append("LOWER(").value(text.field(), text.value()).append(')');
        }
        else {
            w.value(text.field(), text.value());
        }
    }

    static String likePattern(Filter.TextOperator operator, String value) {
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return switch (operator) {
            case CONTAINS -> "%" + escaped + "%";
            case STARTS_WITH -> escaped + "%";
            case ENDS_WITH -> "%" + escaped;
        };
    }

    static String globPattern(Filter.TextOperator operator, String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                escaped.append('[').append(c).append(']');
            }
            else {
                escaped.append(c);
            }
        }
        return switch (operator) {
            case CONTAINS -> "*" + escaped + "*";
            case STARTS_WITH -> escaped + "*";
            case ENDS_WITH -> "*" + escaped;
        };
    }

    /**
     * {@code some}/{@code is}: a related record matches; {@code none}/{@code isNot}: none
     * does; {@code every}: none fails to match. A related record matches when the
     * condition is TRUE, so for {@code every} a condition that is NULL on a related
     * record (a comparison with a NULL field) fails it:
     * {@code NOT EXISTS (... AND (cond) IS NOT
     * TRUE)}. Prisma's engine renders {@code NOT (cond)} there, which lets such records
     * through; we keep {@code every} the exact complement of {@code some} over the same
     * condition instead.
     */
    private void relation(SqlWriter w, Filter.Relation relation, TableRef outer) {
        Filter inner = relation.filter();
        boolean every = relation.quantifier() == Filter.Quantifier.EVERY;
        boolean negate = switch (relation.quantifier()) {
            case SOME, IS -> false;
            case NONE, IS_NOT, EVERY -> true;
        };
        Filter condition = (every && isTrue(inner)) ? new Filter.Or(List.of()) : inner;
        w.append(negate ? "NOT EXISTS (" : "EXISTS (");
        TableRef related = relatedFrom(w, relation.relation(), outer, condition);
        if (!isTrue(condition)) {
            w.append(" AND ");
            if (every && !isFalse(condition)) {
                w.append('(');
                render(w, condition, related);
                w.append(") IS NOT TRUE");
            }
            else {
                render(w, condition, related);
            }
        }
        w.append(')');
    }

    /**
     * Append {@code SELECT 1 FROM <related> WHERE <link to outer>} and return the related
     * table's reference.
     */
    TableRef relatedFrom(SqlWriter w, RelationFieldMeta relation, TableRef outer, Filter condition) {
        ModelMeta target = this.schema.target(relation);
        String alias = w.alias();
        TableRef related = new TableRef(target, alias, w.dialect);
        if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            JoinTable join = java.util.Objects.requireNonNull(relation.joinTable());
            String joinAlias = w.alias();
            w.append("SELECT 1 FROM ")
                .append(w.dialect.table(join.name(), join.schema()))
                .append(" AS ")
                .append(joinAlias);
            if (!isTrue(condition)) {
                w.append(" INNER JOIN ").append(w.table(target)).append(" AS ").append(alias).append(" ON ");
                w.append(related.column(join.targetReference()))
                    .append(" = ")
                    .append(joinAlias)
                    .append('.')
                    .append(w.quote(join.targetColumn()));
            }
            w.append(" WHERE ")
                .append(joinAlias)
                .append('.')
                .append(w.quote(join.selfColumn()))
                .append(" = ")
                .append(outer.column(join.selfReference()));
            return related;
        }
        w.append("SELECT 1 FROM ").append(w.table(target)).append(" AS ").append(alias).append(" WHERE ");
        link(w, relation, outer, related);
        return related;
    }

    /** Append the join condition between a parent table and a related table. */
    static void link(SqlWriter w, RelationFieldMeta relation, TableRef parent, TableRef related) {
        List<String> parentFields = (relation.kind() == RelationKind.FORWARD) ? relation.fields()
                : relation.references();
        List<String> relatedFields = (relation.kind() == RelationKind.FORWARD) ? relation.references()
                : relation.fields();
        for (int i = 0; i < parentFields.size(); i++) {
            if (i > 0) {
                w.append(" AND ");
            }
            w.append(related.column(relatedFields.get(i))).append(" = ").append(parent.column(parentFields.get(i)));
        }
    }

    static boolean isTrue(Filter filter) {
        return filter instanceof Filter.And and && and.filters().isEmpty();
    }

    private static boolean isFalse(Filter filter) {
        return filter instanceof Filter.Or or && or.filters().isEmpty();
    }

}
