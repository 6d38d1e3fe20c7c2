package dev.goofer.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Makes results safe to share between callers: lists and maps (raw rows, aggregates,
 * groups) become unmodifiable copies, nested ones included. Rows are already immutable.
 */
final class ResultCopies {

    private ResultCopies() {
    }

    @SuppressWarnings("unchecked")
    static <R> R unmodifiable(R result) {
        return (R) copy(result);
    }

    private static @Nullable Object copy(@Nullable Object value) {
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copy(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, copy(element)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }

}
