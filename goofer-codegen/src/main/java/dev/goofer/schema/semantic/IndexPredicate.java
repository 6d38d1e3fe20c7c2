package dev.goofer.schema.semantic;

import java.util.Objects;

import dev.goofer.schema.ast.Expression;
import org.jspecify.annotations.Nullable;

/**
 * The {@code where:} condition of a partial index ({@code partialIndexes} preview
 * feature): raw SQL from {@code raw("...")} or an object expression such as {@code {
 * deletedAt: null }}.
 *
 * @param raw the SQL text of {@code raw("...")}, or {@code null}
 * @param object the object expression, or {@code null}
 */
public record IndexPredicate(@Nullable String raw, Expression.@Nullable ObjectExpression object) {

    /**
     * Create a predicate; exactly one of the two forms is given.
     * @param raw the raw SQL
     * @param object the object expression
     */
    public IndexPredicate {
        if ((raw == null) == (object == null)) {
            throw new IllegalArgumentException("Exactly one of raw and object must be given");
        }
    }

    /**
     * Create a raw predicate.
     * @param sql the SQL text
     * @return the predicate
     */
    public static IndexPredicate raw(String sql) {
        return new IndexPredicate(Objects.requireNonNull(sql, "sql"), null);
    }

}
