package dev.goofer.ddl.diff;

import dev.goofer.ddl.catalog.ColumnDefault;
import org.jspecify.annotations.Nullable;

/**
 * Comparison and description of column defaults.
 */
final class Defaults {

    private Defaults() {
    }

    static boolean match(@Nullable ColumnDefault previous, @Nullable ColumnDefault next) {
        if (next instanceof ColumnDefault.Expression expression && expression.sql().isBlank()) {
            return true;
        }
        return java.util.Objects.equals(previous, next);
    }

    static String describe(@Nullable ColumnDefault value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof ColumnDefault.Value constant) {
            return "'" + constant.value() + "'";
        }
        if (value instanceof ColumnDefault.ListValue list) {
            return list.values().toString();
        }
        if (value instanceof ColumnDefault.Now) {
            return "now()";
        }
        if (value instanceof ColumnDefault.Expression expression) {
            return "dbgenerated(" + expression.sql() + ")";
        }
        throw new IllegalStateException("Unhandled default " + value);
    }

}
