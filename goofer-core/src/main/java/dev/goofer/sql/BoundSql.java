package dev.goofer.sql;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A SQL statement with {@code ?} placeholders and the values bound to them, in order.
 * Values are already converted for the database: see {@link SqlParameter} for those that
 * need a type hint.
 *
 * @param sql the SQL text
 * @param parameters the parameter values; an element may be {@code null}
 */
public record BoundSql(String sql, List<Object> parameters) {

    public BoundSql {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    @Override
    public String toString() {
        return this.sql + " " + this.parameters;
    }

}
