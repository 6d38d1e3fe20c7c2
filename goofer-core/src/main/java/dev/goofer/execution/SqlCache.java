package dev.goofer.execution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rendered SQL by statement shape, so that repeated query shapes skip rendering and the
 * driver sees identical SQL text (and reuses its server-side prepared statements).
 * Bounded: when full it starts over, which only costs re-rendering.
 */
final class SqlCache {

    private static final int MAX_SIZE = 4096;

    private final Map<Object, Object> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <K, V> V get(K key, Function<K, V> render) {
        Object cached = this.entries.get(key);
        if (cached != null) {
            return (V) cached;
        }
        V rendered = render.apply(key);
        if (this.entries.size() >= MAX_SIZE) {
            this.entries.clear();
        }
        this.entries.put(key, rendered);
        return rendered;
    }

    int size() {
        return this.entries.size();
    }

}
