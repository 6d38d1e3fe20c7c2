package dev.goofer.cache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.goofer.query.Filter;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import org.jspecify.annotations.Nullable;

/**
 * Tells values that can safely sit in a cache key, because nobody can change them after
 * the key was stored: strings, boxed primitives, exact {@code BigDecimal}/
 * {@code BigInteger}, enums, {@code java.time} values, UUIDs, Goofer's {@link Bytes} and
 * {@link Json}, and the JDK's immutable lists of those. A {@code java.util.Date}, an
 * array or a user's own class makes the query uncacheable instead.
 */
final class ImmutableValues {

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigInteger.class, BigDecimal.class,
            UUID.class, Bytes.class, Json.class);

    private static final Set<Class<?>> IMMUTABLE_LISTS = Set.of(List.of().getClass(), List.of(1).getClass(),
            Collections.emptyList().getClass(), Collections.singletonList(1).getClass());

    private ImmutableValues() {
    }

    static boolean is(@Nullable Object value) {
        if (value == null) {
            return true;
        }
        Class<?> type = value.getClass();
        if (VALUE_TYPES.contains(type) || value instanceof Enum<?> || "java.time".equals(type.getPackageName())) {
            return true;
        }
        return IMMUTABLE_LISTS.contains(type) && all((List<?>) value);
    }

    static boolean all(List<?> values) {
        for (Object value : values) {
            if (!is(value)) {
                return false;
            }
        }
        return true;
    }

    /** The value a leaf filter compares with, {@code null} for null checks. */
    static @Nullable Object valueOf(Filter leaf) {
        if (leaf instanceof Filter.Compare compare) {
            return compare.value();
        }
        if (leaf instanceof Filter.In in) {
            return in.values();
        }
        if (leaf instanceof Filter.IsNull) {
            return null;
        }
        if (leaf instanceof Filter.Text text) {
            return text.value();
        }
        if (leaf instanceof Filter.ListFilter list) {
            return list.value();
        }
        if (leaf instanceof Filter.JsonFilter json) {
            return json.value();
        }
        if (leaf instanceof Filter.AggregateCompare aggregate) {
            return aggregate.value();
        }
        throw new IllegalStateException("Unhandled filter " + leaf.getClass().getSimpleName());
    }

}
