package dev.goofer.sql;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Filter;

/**
 * Renders scalar-list filters with PostgreSQL array operators.
 */
final class ListFilterRenderer {

    private ListFilterRenderer() {
    }

    static void render(SqlWriter w, Filter.ListFilter filter, TableRef table, SchemaMeta schema) {
        if (!w.dialect.supports(DialectCapability.SCALAR_LISTS)) {
            throw new UnsupportedOperationException("Scalar-list filters need PostgreSQL arrays; " + w.dialect.name()
                    + " has none (field \"" + filter.field().name() + "\")");
        }
        ScalarFieldMeta field = filter.field();
        String column = table.column(field);
        switch (filter.operator()) {
            case HAS -> {
                w.value(Values.elementField(field), filter.value());
                w.append(" = ANY(").append(column).append(')');
            }
            case HAS_SOME -> {
                w.append(column).append(" && ");
                array(w, field, filter.value(), schema);
            }
            case HAS_EVERY -> {
                w.append(column).append(" @> ");
                array(w, field, filter.value(), schema);
            }
            case EQUALS -> {
                w.append(column).append(" = ");
                array(w, field, filter.value(), schema);
            }
            case IS_EMPTY -> w.append(Boolean.TRUE.equals(filter.value())
                    ? "COALESCE(array_length(" + column + ", 1), 0) = 0" : "array_length(" + column + ", 1) > 0");
            default -> throw new IllegalStateException("Unhandled list operator " + filter.operator());
        }
    }

    static void array(SqlWriter w, ScalarFieldMeta field, Object value, SchemaMeta schema) {
        String cast = (field.type() == ScalarType.ENUM) ? w.dialect.enumArrayCast(enumType(w.dialect, field, schema))
                : null;
        if (cast != null) {
            w.append("CAST(").value(field, value).append(" AS ").append(cast).append(')');
        }
        else {
            w.value(field, value);
        }
    }

    static String enumType(Dialect dialect, ScalarFieldMeta field, SchemaMeta schema) {
        var enumMeta = schema.enumType(java.util.Objects.requireNonNull(field.enumName()));
        return dialect.table(enumMeta.databaseName(), enumMeta.schema());
    }

}
