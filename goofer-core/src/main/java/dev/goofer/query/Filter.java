package dev.goofer.query;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * A {@code where} condition of the query AST. Values are Java values of the field's type
 * (generated enum constants for enum fields); the SQL layer converts and binds them.
 */
public sealed interface Filter {

    /** The condition that matches every row. */
    Filter TRUE = new And(List.of());

    /**
     * Combine conditions with AND, dropping {@link #TRUE} and flattening nested ANDs.
     * @param filters the conditions
     * @return the combined condition
     */
    static Filter and(List<Filter> filters) {
        List<Filter> flat = new java.util.ArrayList<>(filters.size());
        for (Filter filter : filters) {
            if (filter instanceof And and) {
                flat.addAll(and.filters());
            }
            else {
                flat.add(filter);
            }
        }
        return (flat.size() == 1) ? flat.get(0) : new And(flat);
    }

    /**
     * A comparison of a field with a value.
     *
     * @param field the field
     * @param operator the comparison
     * @param value the value, never {@code null} (see {@link IsNull})
     * @param insensitive whether string comparison ignores case
     * ({@code mode: insensitive})
     */
    record Compare(ScalarFieldMeta field, CompareOperator operator, Object value,
            boolean insensitive) implements Filter {
        public Compare {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Membership of a field value in a list ({@code in} / {@code notIn}).
     *
     * @param field the field
     * @param values the values; an empty {@code in} matches nothing, an empty
     * {@code notIn} everything
     * @param negated whether this is {@code notIn}
     * @param insensitive whether string comparison ignores case
     */
    record In(ScalarFieldMeta field, List<Object> values, boolean negated, boolean insensitive) implements Filter {
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
        }
    }

    /**
     * A null check of an optional field.
     *
     * @param field the field
     * @param negated whether this checks for {@code NOT NULL}
     */
    record IsNull(ScalarFieldMeta field, boolean negated) implements Filter {
        public IsNull {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * A string pattern match ({@code contains}, {@code startsWith}, {@code endsWith}).
     * The value is matched literally: wildcards in it are escaped.
     *
     * @param field the string field
     * @param operator the match kind
     * @param value the text to find
     * @param insensitive whether the match ignores case
     */
    record Text(ScalarFieldMeta field, TextOperator operator, String value, boolean insensitive) implements Filter {
        public Text {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A filter on a scalar-list field (PostgreSQL arrays).
     *
     * @param field the list field
     * @param operator the list operator
     * @param value an element for {@code has}, a list for {@code hasSome},
     * {@code hasEvery} and {@code equals}, a {@code Boolean} for {@code isEmpty}
     */
    record ListFilter(ScalarFieldMeta field, ListOperator operator, Object value) implements Filter {
        public ListFilter {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A filter on a {@code Json} field, optionally at a path inside the value.
     *
     * @param field the Json field
     * @param path the keys (or array indexes as digits) leading to the compared value;
     * empty for the whole value
     * @param operator the comparison
     * @param value a {@link dev.goofer.types.Json} for {@code equals}, {@code not} and
     * {@code arrayContains}, a {@code String} for the string operators
     */
    record JsonFilter(ScalarFieldMeta field, List<String> path, JsonOperator operator, Object value) implements Filter {
        public JsonFilter {
            Objects.requireNonNull(field, "field");
            path = List.copyOf(path);
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A condition on related records.
     *
     * @param relation the relation field
     * @param quantifier {@code some}/{@code every}/{@code none} for lists, {@code is}/
     * {@code isNot} for to-one relations
     * @param filter the condition the related records are tested with
     */
    record Relation(RelationFieldMeta relation, Quantifier quantifier, Filter filter) implements Filter {
        public Relation {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(quantifier, "quantifier");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * A comparison of an aggregate with a value, valid only in
     * {@code groupBy ... having}.
     *
     * @param aggregation the aggregate
     * @param operator the comparison
     * @param value the value
     */
    record AggregateCompare(Aggregation aggregation, CompareOperator operator, Object value) implements Filter {
        public AggregateCompare {
            Objects.requireNonNull(aggregation, "aggregation");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * All of the conditions; no conditions means every row.
     *
     * @param filters the conditions
     */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    /**
     * Any of the conditions; no conditions means no row.
     *
     * @param filters the conditions
     */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    /**
     * The negation of a condition.
     *
     * @param filter the negated condition
     */
    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** Comparisons. {@code NOT_EQUALS} is Prisma's {@code not: value}. */
    enum CompareOperator {

        EQUALS, NOT_EQUALS, LT, LTE, GT, GTE

    }

    /** String pattern matches. */
    enum TextOperator {

        CONTAINS, STARTS_WITH, ENDS_WITH

    }

    /** Scalar-list operators. */
    enum ListOperator {

        HAS, HAS_SOME, HAS_EVERY, IS_EMPTY, EQUALS

    }

    /** Json operators. */
    enum JsonOperator {

        EQUALS, NOT_EQUALS, STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH, ARRAY_CONTAINS

    }

    /** Relation quantifiers. */
    enum Quantifier {

        SOME, EVERY, NONE, IS, IS_NOT

    }

    /**
     * Return this filter, or {@link #TRUE} when {@code filter} is {@code null}.
     * @param filter a filter or {@code null}
     * @return a non-null filter
     */
    static Filter orTrue(@Nullable Filter filter) {
        return (filter != null) ? filter : TRUE;
    }

}
