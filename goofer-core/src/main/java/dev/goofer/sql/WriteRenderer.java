package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;

/**
 * Renders {@code INSERT}, {@code UPDATE}, {@code DELETE} and native upserts.
 */
final class WriteRenderer {

    private final SchemaMeta schema;

    private final FilterRenderer filters;

    WriteRenderer(SchemaMeta schema, FilterRenderer filters) {
        this.schema = schema;
        this.filters = filters;
    }

    String insert(Dialect dialect, ModelMeta model, List<ScalarFieldMeta> columns, boolean skipDuplicates) {
        StringBuilder sql = new StringBuilder(dialect.insertInto(skipDuplicates));
        sql.append(dialect.table(model.tableName(), model.schema()));
        if (columns.isEmpty()) {
            sql.append((dialect instanceof MySqlDialect) ? " () VALUES ()" : " DEFAULT VALUES");
        }
        else {
            sql.append(" (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append((i > 0) ? ", " : "").append(dialect.quote(columns.get(i).columnName()));
            }
            sql.append(") VALUES (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append((i > 0) ? ", " : "").append(placeholder(dialect, columns.get(i)));
            }
            sql.append(')');
        }
        return sql.append(dialect.insertSuffix(skipDuplicates)).toString();
    }

    private String placeholder(Dialect dialect, ScalarFieldMeta field) {
        String cast = (field.list() && field.type() == ScalarType.ENUM)
                ? dialect.enumArrayCast(ListFilterRenderer.enumType(dialect, field, this.schema)) : null;
        return (cast != null) ? "CAST(? AS " + cast + ")" : "?";
    }

    BoundSql upsert(Dialect dialect, ModelMeta model, List<FieldValue> values, List<ScalarFieldMeta> conflict,
            List<FieldUpdate> updates) {
        SqlWriter w = new SqlWriter(dialect);
        List<ScalarFieldMeta> columns = new ArrayList<>();
        values.forEach((value) -> columns.add(value.field()));
        w.append(insert(dialect, model, columns, false));
        for (FieldValue value : values) {
            w.parameters.add(dialect.toParameter(value.field(), value.value()));
        }
        List<String> conflictColumns = new ArrayList<>();
        conflict.forEach((field) -> conflictColumns.add(dialect.quote(field.columnName())));
        if (updates.isEmpty()) {
            if (dialect instanceof MySqlDialect) {
                String column = conflictColumns.get(0);
                w.append(" ON DUPLICATE KEY UPDATE ").append(column).append(" = ").append(column);
            }
            else {
                w.append(" ON CONFLICT (").append(String.join(", ", conflictColumns)).append(") DO NOTHING");
            }
            return w.build();
        }
        w.append(dialect.upsertClause(conflictColumns));
        assignments(w, model, updates, TableRef.of(model, dialect));
        return w.build();
    }

    BoundSql update(Dialect dialect, ModelMeta model, Filter where, List<FieldUpdate> updates) {
        SqlWriter w = new SqlWriter(dialect);
        TableRef table = TableRef.of(model, dialect);
        w.append("UPDATE ").append(w.table(model)).append(" SET ");
        assignments(w, model, updates, table);
        whereClause(w, model, where, table);
        return w.build();
    }

    BoundSql delete(Dialect dialect, ModelMeta model, Filter where) {
        SqlWriter w = new SqlWriter(dialect);
        TableRef table = TableRef.of(model, dialect);
        w.append("DELETE FROM ").append(w.table(model));
        whereClause(w, model, where, table);
        return w.build();
    }

    private void whereClause(SqlWriter w, ModelMeta model, Filter where, TableRef table) {
        if (FilterRenderer.isTrue(where)) {
            return;
        }
        w.append(" WHERE ");
        if (w.dialect instanceof MySqlDialect && hasRelation(where)) {
            List<String> key = new ArrayList<>();
            for (String name : model.identifyingFields()) {
                key.add(table.column(name));
            }
            String keyList = String.join(", ", key);
            w.append((key.size() > 1) ? "(" + keyList + ")" : keyList).append(" IN (SELECT * FROM (SELECT ");
            w.append(keyList).append(" FROM ").append(w.table(model)).append(" WHERE ");
            this.filters.render(w, where, table);
            w.append(") AS ").append(w.quote("ids")).append(')');
            return;
        }
        this.filters.render(w, where, table);
    }

    private void assignments(SqlWriter w, ModelMeta model, List<FieldUpdate> updates, TableRef table) {
        for (int i = 0; i < updates.size(); i++) {
            FieldUpdate update = updates.get(i);
            ScalarFieldMeta field = update.field();
            w.append((i > 0) ? ", " : "").append(w.quote(field.columnName())).append(" = ");
            String column = table.column(field);
            switch (update.operation()) {
                case SET -> {
                    if (field.list() && field.type() == ScalarType.ENUM) {
                        ListFilterRenderer.array(w, field, update.value(), this.schema);
                    }
                    else {
                        w.value(field, update.value());
                    }
                }
                case INCREMENT -> w.append(column).append(" + ").value(field, update.value());
                case DECREMENT -> w.append(column).append(" - ").value(field, update.value());
                case MULTIPLY -> w.append(column).append(" * ").value(field, update.value());
                case DIVIDE -> {
                    boolean integral = field.type() == ScalarType.INT || field.type() == ScalarType.BIGINT;
                    String operator = (integral && w.dialect instanceof MySqlDialect) ? " DIV " : " / ";
                    w.append(column).append(operator).value(field, update.value());
                }
                case PUSH -> {
                    if (!w.dialect.supports(DialectCapability.SCALAR_LISTS)) {
                        throw new UnsupportedOperationException(
                                "push needs PostgreSQL arrays (" + model.name() + "." + field.name() + ")");
                    }
                    w.append("array_cat(").append(column).append(", ");
                    ListFilterRenderer.array(w, field, update.value(), this.schema);
                    w.append(')');
                }
                default -> throw new IllegalStateException("Unhandled update " + update.operation());
            }
        }
    }

    static boolean hasRelation(Filter filter) {
        if (filter instanceof Filter.Relation) {
            return true;
        }
        if (filter instanceof Filter.And and) {
            return and.filters().stream().anyMatch(WriteRenderer::hasRelation);
        }
        if (filter instanceof Filter.Or or) {
            return or.filters().stream().anyMatch(WriteRenderer::hasRelation);
        }
        return filter instanceof Filter.Not not && hasRelation(not.filter());
    }

}
