package dev.goofer.sharding;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a {@code groupBy ... having} condition on a merged group, with SQL's
 * three-valued logic ({@code null} is unknown, and unknown groups are dropped): aggregate
 * comparisons, and comparisons, {@code in}, null checks and text matches of the grouping
 * fields, combined with AND, OR and NOT.
 */
final class HavingFilter {

    private final ValueOrder order;

    HavingFilter(ValueOrder order) {
        this.order = order;
    }

    boolean matches(Filter having, Map<String, @Nullable Object> group, String operation) {
        return Boolean.TRUE.equals(test(having, group, operation));
    }

    private @Nullable Boolean test(Filter filter, Map<String, @Nullable Object> group, String operation) {
        if (filter instanceof Filter.And and) {
            return and(and.filters(), group, operation);
        }
        if (filter instanceof Filter.Or or) {
            return or(or.filters(), group, operation);
        }
        if (filter instanceof Filter.Not not) {
            Boolean value = test(not.filter(), group, operation);
            return (value != null) ? !value : null;
        }
        if (filter instanceof Filter.AggregateCompare compare) {
            Object actual = group.get(compare.aggregation().key());
            return (actual != null)
                    ? compare(compare.aggregation().field(), actual, compare.operator(), compare.value(), false) : null;
        }
        if (filter instanceof Filter.Compare compare) {
            Object actual = field(group, compare.field(), operation);
            return (actual != null)
                    ? compare(compare.field(), actual, compare.operator(), compare.value(), compare.insensitive())
                    : null;
        }
        if (filter instanceof Filter.In in) {
            return in(in, field(group, in.field(), operation));
        }
        if (filter instanceof Filter.IsNull isNull) {
            return (field(group, isNull.field(), operation) == null) != isNull.negated();
        }
        if (filter instanceof Filter.Text text) {
            Object actual = field(group, text.field(), operation);
            return (actual != null) ? text(text, actual.toString()) : null;
        }
        throw new ShardRoutingException(operation + " reads several shards and cannot evaluate a having condition "
                + "of kind " + filter.getClass().getSimpleName() + " on the merged groups");
    }

    private @Nullable Boolean and(List<Filter> filters, Map<String, @Nullable Object> group, String operation) {
        boolean unknown = false;
        for (Filter child : filters) {
            Boolean value = test(child, group, operation);
            if (Boolean.FALSE.equals(value)) {
                return false;
            }
            unknown |= value == null;
        }
        return unknown ? null : Boolean.TRUE;
    }

    private @Nullable Boolean or(List<Filter> filters, Map<String, @Nullable Object> group, String operation) {
        boolean unknown = false;
        for (Filter child : filters) {
            Boolean value = test(child, group, operation);
            if (Boolean.TRUE.equals(value)) {
                return true;
            }
            unknown |= value == null;
        }
        return unknown ? null : Boolean.FALSE;
    }

    private static @Nullable Object field(Map<String, @Nullable Object> group, ScalarFieldMeta field,
            String operation) {
        if (!group.containsKey(field.name())) {
            throw new ShardRoutingException(
                    operation + " has a having condition on \"" + field.name() + "\", which is not a grouping field");
        }
        return group.get(field.name());
    }

    private boolean compare(@Nullable ScalarFieldMeta field, Object actual, Filter.CompareOperator operator,
            Object expected, boolean insensitive) {
        int comparison = (insensitive && actual instanceof String a && expected instanceof String e)
                ? a.toLowerCase(Locale.ROOT).compareTo(e.toLowerCase(Locale.ROOT))
                : this.order.compareValues(field, actual, expected);
        return switch (operator) {
            case EQUALS -> comparison == 0;
            case NOT_EQUALS -> comparison != 0;
            case LT -> comparison < 0;
            case LTE -> comparison <= 0;
            case GT -> comparison > 0;
            case GTE -> comparison >= 0;
        };
    }

    private @Nullable Boolean in(Filter.In in, @Nullable Object actual) {
        if (in.values().isEmpty()) {
            return in.negated();
        }
        if (actual == null) {
            return null;
        }
        for (Object value : in.values()) {
            if (compare(in.field(), actual, Filter.CompareOperator.EQUALS, value, in.insensitive())) {
                return !in.negated();
            }
        }
        return in.negated();
    }

    private static boolean text(Filter.Text text, String actual) {
        String value = text.insensitive() ? actual.toLowerCase(Locale.ROOT) : actual;
        String needle = text.insensitive() ? text.value().toLowerCase(Locale.ROOT) : text.value();
        return switch (text.operator()) {
            case CONTAINS -> value.contains(needle);
            case STARTS_WITH -> value.startsWith(needle);
            case ENDS_WITH -> value.endsWith(needle);
        };
    }

}
