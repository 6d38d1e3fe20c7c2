package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parts of an operation into SQL for one dialect. Every value becomes a bound
 * parameter and every identifier comes from the schema metadata, quoted by the dialect.
 * Reads are rendered once per shape (the statement without its values) and cached, so
 * repeated queries skip rendering and reach the driver as identical SQL. Thread-safe.
 */
public final class SqlRenderer {

    private static final int MAX_TEMPLATES = 2048;

    private final Dialect dialect;

    private final FilterRenderer filters;

    private final SelectRenderer selects;

    private final AggregateRenderer aggregates;

    private final WriteRenderer writes;

    private final Map<Object, BoundSql> templates = new ConcurrentHashMap<>();

    /**
     * Create a renderer.
     * @param schema the schema the operations refer to
     * @param dialect the dialect
     */
    public SqlRenderer(SchemaMeta schema, Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.filters = new FilterRenderer(schema);
        OrderRenderer orders = new OrderRenderer(schema, this.filters);
        this.selects = new SelectRenderer(schema, this.filters, orders);
        this.aggregates = new AggregateRenderer(this.filters, orders, this.selects);
        this.writes = new WriteRenderer(schema, this.filters);
    }

    /**
     * Return the dialect.
     * @return the dialect
     */
    public Dialect dialect() {
        return this.dialect;
    }

    /**
     * Render a {@code SELECT} of records.
     * @param spec what to select
     * @return the statement
     */
    public BoundSql select(SelectSpec spec) {
        ShapeNormalizer normalizer = new ShapeNormalizer();
        SelectSpec shape = normalizer.spec(spec);
        BoundSql template = this.templates.get(shape);
        if (template == null) {
            template = this.selects.select(this.dialect, shape);
            remember(shape, template);
        }
        return bind(template, normalizer.values());
    }

    /**
     * Render aggregates over the records of a window ({@code count} is
     * {@code _count._all} and per-field {@code _count}s).
     * @param window the records: condition, ordering, paging and cursor (columns and
     * counts are ignored)
     * @param aggregations the aggregates, in result column order
     * @return the statement
     */
    public BoundSql aggregate(SelectSpec window, List<Aggregation> aggregations) {
        ShapeNormalizer normalizer = new ShapeNormalizer();
        List<Object> key = List.of(normalizer.spec(window), aggregations);
        BoundSql template = this.templates.get(key);
        if (template == null) {
            SelectSpec shape = (SelectSpec) key.get(0);
            template = this.aggregates.aggregate(this.dialect, shape, aggregations);
            remember(key, template);
        }
        return bind(template, normalizer.values());
    }

    /**
     * Return how many statement templates are cached.
     * @return the number of cached shapes
     */
    public int cachedShapes() {
        return this.templates.size();
    }

    private void remember(Object shape, BoundSql template) {
        if (this.templates.size() >= MAX_TEMPLATES) {
            this.templates.clear();
        }
        this.templates.put(shape, template);
    }

    private BoundSql bind(BoundSql template, List<Object> values) {
        List<Object> parameters = new ArrayList<>(template.parameters().size());
        for (Object parameter : template.parameters()) {
            parameters
                .add((parameter instanceof Deferred deferred) ? deferred.resolve(this.dialect, values) : parameter);
        }
        return new BoundSql(template.sql(), parameters);
    }

    /**
     * Render a {@code groupBy}: the grouping columns, then the aggregates.
     * @param groupBy the operation
     * @param orderBy the effective ordering
     * @param limit the number of groups, or {@code null}
     * @param offset the number of groups to skip, or {@code null}
     * @return the statement
     */
    public BoundSql groupBy(Operation.GroupBy groupBy, List<OrderBy> orderBy, @Nullable Integer limit,
            @Nullable Integer offset) {
        return this.aggregates.groupBy(this.dialect, groupBy, orderBy, limit, offset);
    }

    /**
     * Render a single-row {@code INSERT} whose placeholders take the columns' values in
     * order (converted with {@link Dialect#toParameter}).
     * @param model the model
     * @param columns the columns
     * @param skipDuplicates whether rows violating a unique constraint are skipped
     * @return the SQL text
     */
    public String insert(ModelMeta model, List<ScalarFieldMeta> columns, boolean skipDuplicates) {
        return this.writes.insert(this.dialect, model, columns, skipDuplicates);
    }

    /**
     * Render a multi-row {@code INSERT} of {@code rows} rows whose placeholders take the
     * columns' values row after row.
     * @param model the model
     * @param columns the columns
     * @param rows the number of rows
     * @param skipDuplicates whether rows violating a unique constraint are skipped
     * @return the SQL text
     */
    public String insertRows(ModelMeta model, List<ScalarFieldMeta> columns, int rows, boolean skipDuplicates) {
        String single = this.writes.insert(this.dialect, model, columns, skipDuplicates);
        int values = single.indexOf(") VALUES (");
        if (values < 0 || rows <= 1) {
            return single;
        }
        String suffix = this.dialect.insertSuffix(skipDuplicates);
        String head = single.substring(0, single.length() - suffix.length());
        String tuple = head.substring(values + ") VALUES ".length());
        StringBuilder sql = new StringBuilder(head);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(tuple);
        }
        return sql.append(suffix).toString();
    }

    /**
     * Render an atomic insert-or-update on a unique constraint.
     * @param model the model
     * @param values the values to insert
     * @param conflict the fields of the unique constraint
     * @param updates the changes when the record exists
     * @return the statement
     */
    public BoundSql upsert(ModelMeta model, List<FieldValue> values, List<ScalarFieldMeta> conflict,
            List<FieldUpdate> updates) {
        return this.writes.upsert(this.dialect, model, values, conflict, updates);
    }

    /**
     * Render an {@code UPDATE} of the records matching a condition.
     * @param model the model
     * @param where the condition
     * @param updates the changes
     * @return the statement
     */
    public BoundSql update(ModelMeta model, Filter where, List<FieldUpdate> updates) {
        return this.writes.update(this.dialect, model, where, updates);
    }

    /**
     * Render a {@code DELETE} of the records matching a condition.
     * @param model the model
     * @param where the condition
     * @return the statement
     */
    public BoundSql delete(ModelMeta model, Filter where) {
        return this.writes.delete(this.dialect, model, where);
    }

    /**
     * Render an insert of one row into an implicit many-to-many join table that ignores
     * an existing row; the placeholders take the self column's value, then the target
     * column's.
     * @param join the join table
     * @return the SQL text
     */
    public String joinInsert(JoinTable join) {
        return this.dialect.insertInto(true) + this.dialect.table(join.name(), join.schema()) + " ("
                + this.dialect.quote(join.selfColumn()) + ", " + this.dialect.quote(join.targetColumn())
                + ") VALUES (?, ?)" + this.dialect.insertSuffix(true);
    }

    /**
     * Render a delete from an implicit many-to-many join table by the self column's value
     * and, optionally, the target column's.
     * @param join the join table
     * @param target whether a placeholder for the target column follows
     * @return the SQL text
     */
    public String joinDelete(JoinTable join, boolean target) {
        return "DELETE FROM " + this.dialect.table(join.name(), join.schema()) + " WHERE "
                + this.dialect.quote(join.selfColumn()) + " = ?"
                + (target ? " AND " + this.dialect.quote(join.targetColumn()) + " = ?" : "");
    }

    /**
     * Render a condition alone, for tests and diagnostics.
     * @param model the model the condition is on
     * @param where the condition
     * @return the condition with its parameters
     */
    public BoundSql where(ModelMeta model, Filter where) {
        SqlWriter w = new SqlWriter(this.dialect);
        this.filters.render(w, where, TableRef.of(model, this.dialect));
        return w.build();
    }

}
