package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.query.Filter;

/**
 * A typed {@code where} condition on records of model {@code M}, built from the field
 * handles of generated {@code *Fields} classes and combined with {@link #and},
 * {@link #or} and {@link #not}.
 *
 * @param <M> the model record type
 */
public final class Where<M> {

    private static final Where<?> ALL = new Where<>(Filter.TRUE);

    private final Filter filter;

    private Where(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /**
     * Wrap a filter of the query AST. Prefer the field handles; this is for code that
     * builds conditions dynamically from the AST.
     * @param <M> the model record type
     * @param filter the filter
     * @return the condition
     */
    public static <M> Where<M> of(Filter filter) {
        return new Where<>(filter);
    }

    /**
     * Return the condition that matches every record.
     * @param <M> the model record type
     * @return the condition
     */
    @SuppressWarnings("unchecked")
    public static <M> Where<M> all() {
        return (Where<M>) ALL;
    }

    /**
     * Combine conditions: all must hold.
     * @param <M> the model record type
     * @param conditions the conditions
     * @return the combined condition
     */
    @SafeVarargs
    public static <M> Where<M> and(Where<M>... conditions) {
        return new Where<>(Filter.and(filters(conditions)));
    }

    /**
     * Combine conditions: at least one must hold.
     * @param <M> the model record type
     * @param conditions the conditions
     * @return the combined condition
     */
    @SafeVarargs
    public static <M> Where<M> or(Where<M>... conditions) {
        return new Where<>(new Filter.Or(filters(conditions)));
    }

    /**
     * Negate a condition.
     * @param <M> the model record type
     * @param condition the condition
     * @return the negated condition
     */
    public static <M> Where<M> not(Where<M> condition) {
        return new Where<>(new Filter.Not(condition.filter));
    }

    /**
     * Return this condition and another.
     * @param other the other condition
     * @return the combined condition
     */
    public Where<M> and(Where<M> other) {
        return new Where<>(Filter.and(List.of(this.filter, other.filter)));
    }

    /**
     * Return this condition or another.
     * @param other the other condition
     * @return the combined condition
     */
    public Where<M> or(Where<M> other) {
        return new Where<>(new Filter.Or(List.of(this.filter, other.filter)));
    }

    /**
     * Return the negation of this condition.
     * @return the negated condition
     */
    public Where<M> not() {
        return new Where<>(new Filter.Not(this.filter));
    }

    /**
     * Return the filter of the query AST.
     * @return the filter
     */
    public Filter filter() {
        return this.filter;
    }

    @Override
    public String toString() {
        return "Where[" + this.filter + "]";
    }

    @SafeVarargs
    private static <M> List<Filter> filters(Where<M>... conditions) {
        List<Filter> filters = new ArrayList<>(conditions.length);
        for (Where<M> condition : conditions) {
            filters.add(condition.filter);
        }
        return filters;
    }

}
