package dev.goofer.sql;

import java.util.List;

import dev.goofer.metadata.NativeType;
import dev.goofer.query.Filter;
import dev.goofer.types.Json;

/**
 * Renders filters on {@code Json} fields: {@code jsonb} path operators on PostgreSQL,
 * {@code JSON_EXTRACT} on MySQL and {@code json_extract} on SQLite.
 */
final class JsonFilterRenderer {

    void render(SqlWriter w, Filter.JsonFilter filter, TableRef table) {
        String column = table.column(filter.field());
        Dialect dialect = w.dialect;
        if (dialect instanceof PostgresDialect) {
            postgres(w, filter, isPlainJson(filter) ? "CAST(" + column + " AS jsonb)" : column);
        }
        else if (dialect instanceof MySqlDialect) {
            mysql(w, filter, column);
        }
        else if (dialect instanceof SqliteDialect) {
            sqlite(w, filter, column);
        }
        else {
            throw new IllegalStateException("Unhandled dialect " + dialect);
        }
    }

    // A @db.Json column is json, which has neither = nor @> nor jsonb_typeof: compare it
    // as jsonb, as Prisma does.
    private static boolean isPlainJson(Filter.JsonFilter filter) {
        NativeType nativeType = filter.field().nativeType();
        return nativeType != null && nativeType.name().equalsIgnoreCase("Json");
    }

    private void postgres(SqlWriter w, Filter.JsonFilter filter, String column) {
        String target = column;
        String text = "(" + column + " #>> '{}')";
        if (!filter.path().isEmpty()) {
            StringBuilder path = new StringBuilder("ARRAY[");
            for (int i = 0; i < filter.path().size(); i++) {
                path.append((i > 0) ? ", ?" : "?");
            }
            path.append("]::text[]");
            target = "(" + column + " #> " + path + ")";
            text = "(" + column + " #>> " + path + ")";
        }
        switch (filter.operator()) {
            case EQUALS, NOT_EQUALS -> {
                w.append((filter.operator() == Filter.JsonOperator.NOT_EQUALS) ? "NOT (" : "(");
                pathParameters(w, target, filter.path());
                w.append(" = CAST(").json(filter.value()).append(" AS jsonb))");
            }
            case ARRAY_CONTAINS -> {
                w.append("(jsonb_typeof(");
                pathParameters(w, target, filter.path());
                w.append(") = 'array' AND ");
                pathParameters(w, target, filter.path());
                w.append(" @> CAST(").json(filter.value()).append(" AS jsonb))");
            }
            default -> {
                w.append("(jsonb_typeof(");
                pathParameters(w, target, filter.path());
                w.append(") = 'string' AND ");
                pathParameters(w, text, filter.path());
                w.append(" LIKE ").pattern(textOperator(filter.operator()), filter.value(), false).append(')');
            }
        }
    }

    private void pathParameters(SqlWriter w, String expression, List<String> path) {
        w.append(expression);
        w.parameters.addAll(path);
    }

    private void mysql(SqlWriter w, Filter.JsonFilter filter, String column) {
        String path = w.dialect.jsonPath(filter.path());
        switch (filter.operator()) {
            case EQUALS, NOT_EQUALS -> {
                w.append((filter.operator() == Filter.JsonOperator.NOT_EQUALS) ? "NOT (" : "(");
                w.append("JSON_CONTAINS(JSON_EXTRACT(")
                    .append(column)
                    .append(", ")
                    .parameter(path)
                    .append("), ")
                    .json(filter.value())
                    .append(") AND JSON_CONTAINS(")
                    .json(filter.value())
                    .append(", JSON_EXTRACT(")
                    .append(column)
                    .append(", ")
                    .parameter(path)
                    .append(")))");
            }
            case ARRAY_CONTAINS -> {
                w.append("(JSON_TYPE(JSON_EXTRACT(").append(column).append(", ").parameter(path).append(")) = 'ARRAY'");
                w.append(" AND JSON_CONTAINS(JSON_EXTRACT(").append(column).append(", ").parameter(path).append("), ");
                w.json(filter.value()).append("))");
            }
            default -> {
                w.append("(JSON_TYPE(JSON_EXTRACT(")
                    .append(column)
                    .append(", ")
                    .parameter(path)
                    .append(")) = 'STRING'");
                w.append(" AND JSON_UNQUOTE(JSON_EXTRACT(").append(column).append(", ").parameter(path).append("))");
                w.append(" LIKE BINARY ").pattern(textOperator(filter.operator()), filter.value(), false).append(')');
            }
        }
    }

    private void sqlite(SqlWriter w, Filter.JsonFilter filter, String column) {
        String path = w.dialect.jsonPath(filter.path());
        switch (filter.operator()) {
            case EQUALS, NOT_EQUALS -> {
                w.append((filter.operator() == Filter.JsonOperator.NOT_EQUALS) ? "NOT (" : "(");
                w.append("json_extract(")
                    .append(column)
                    .append(", ")
                    .parameter(path)
                    .append(") = json_extract(")
                    .json(filter.value())
                    .append(", '$'))");
            }
            case ARRAY_CONTAINS -> {
                w.append("(json_type(").append(column).append(", ").parameter(path).append(") = 'array'");
                w.append(" AND NOT EXISTS (SELECT 1 FROM json_each(").json(filter.value());
                w.append(") AS n WHERE NOT EXISTS (SELECT 1 FROM json_each(").append(column).append(", ");
                w.parameter(path).append(") AS h WHERE h.value = n.value)))");
            }
            default -> {
                w.append("(json_type(").append(column).append(", ").parameter(path).append(") = 'text'");
                w.append(" AND json_extract(").append(column).append(", ").parameter(path).append(") GLOB ");
                w.pattern(textOperator(filter.operator()), filter.value(), true).append(')');
            }
        }
    }

    static String jsonText(Object value) {
        return (value instanceof Json json) ? json.text() : Json.string(value.toString()).text();
    }

    private static Filter.TextOperator textOperator(Filter.JsonOperator operator) {
        return switch (operator) {
            case STRING_CONTAINS -> Filter.TextOperator.CONTAINS;
            case STRING_STARTS_WITH -> Filter.TextOperator.STARTS_WITH;
            case STRING_ENDS_WITH -> Filter.TextOperator.ENDS_WITH;
            default -> throw new IllegalStateException("Not a string operator: " + operator);
        };
    }

}
