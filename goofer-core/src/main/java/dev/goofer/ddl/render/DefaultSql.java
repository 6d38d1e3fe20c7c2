package dev.goofer.ddl.render;

import java.util.stream.Collectors;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.Literals;
import dev.goofer.ddl.catalog.TypeFamily;

/**
 * Renders column defaults as SQL expressions.
 */
final class DefaultSql {

    private DefaultSql() {
    }

    static String render(DialectKind dialect, Column column, ColumnDefault value, String renderedType) {
        TypeFamily family = TypeFamily.of(dialect, column);
        if (value instanceof ColumnDefault.Value constant) {
            return constant(dialect, family, constant.value());
        }
        if (value instanceof ColumnDefault.ListValue list) {
            return list.values()
                .stream()
                .map((v) -> constant(dialect, family, v))
                .collect(Collectors.joining(", ", "ARRAY[", "]::" + renderedType));
        }
        if (value instanceof ColumnDefault.Now) {
            return (dialect == DialectKind.MYSQL) ? mysqlNow(column) : "CURRENT_TIMESTAMP";
        }
        if (value instanceof ColumnDefault.Expression expression) {
            return expression.sql();
        }
        throw new IllegalStateException("Unhandled default " + value);
    }

    private static String constant(DialectKind dialect, TypeFamily family, String value) {
        return switch (family) {
            case INT, BIGINT, FLOAT, DECIMAL -> value;
            case BOOLEAN -> value;
            case BYTES -> (dialect == DialectKind.POSTGRESQL) ? "'\\x" + value + "'" : Literals.quote(value);
            default -> Literals.quote(value);
        };
    }

    private static String mysqlNow(Column column) {
        String type = column.type();
        int open = type.indexOf('(');
        String precision = (open > 0) ? type.substring(open + 1, type.indexOf(')')) : "";
        return precision.isEmpty() ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + precision + ")";
    }

}
