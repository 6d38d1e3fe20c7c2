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
        return match(previous, next, false);
    }

    /**
     * Whether two defaults are the same; JSON defaults compare regardless of the order of
     * object keys, which PostgreSQL's {@code jsonb} does not keep.
     */
    static boolean match(@Nullable ColumnDefault previous, @Nullable ColumnDefault next, boolean json) {
        if (next instanceof ColumnDefault.Expression expression && expression.sql().isBlank()) {
            return true;
        }
        if (java.util.Objects.equals(previous, next)) {
            return true;
        }
        if (json && previous instanceof ColumnDefault.Value before && next instanceof ColumnDefault.Value after) {
            String sorted = JsonValues.sorted(before.value());
            return sorted != null && sorted.equals(JsonValues.sorted(after.value()));
        }
        return false;
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
