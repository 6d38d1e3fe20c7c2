package dev.goofer.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest slow operations, at most {@code capacity} of them, and how often each query
 * shape was slow, for the actuator endpoint. Thread-safe; slow operations are rare, so a
 * lock is cheap here.
 */
public final class SlowQueryLog {

    private final SlowQuery[] ring;

    private final Map<String, SlowQueryShape> shapes;

    private long total;

    /**
     * Create a log.
     * @param capacity how many slow operations to keep
     * @param maxShapes how many shapes to count; the least recently seen is forgotten
     * beyond that
     */
    public SlowQueryLog(int capacity, int maxShapes) {
        if (capacity < 1 || maxShapes < 1) {
            throw new IllegalArgumentException(
                    "capacity and maxShapes must be positive, were " + capacity + " and " + maxShapes);
        }
        this.ring = new SlowQuery[capacity];
        this.shapes = new LinkedHashMap<>(16, 0.75f, true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SlowQueryShape> eldest) {
                return size() > maxShapes;
            }

        };
    }

    /**
     * Add a slow operation, dropping the oldest one when full.
     * @param query the slow operation
     */
    public synchronized void add(SlowQuery query) {
        this.ring[(int) (this.total % this.ring.length)] = query;
        this.total++;
        SlowQueryShape shape = this.shapes.get(query.shape());
        this.shapes.put(query.shape(), (shape != null) ? shape.add(query) : SlowQueryShape.first(query));
    }

    /**
     * Return the slow operations kept, newest first.
     * @return the slow operations
     */
    public synchronized List<SlowQuery> entries() {
        int size = (int) Math.min(this.total, this.ring.length);
        List<SlowQuery> entries = new ArrayList<>(size);
        for (long i = this.total - 1; i >= this.total - size; i--) {
            entries.add(this.ring[(int) (i % this.ring.length)]);
        }
        return List.copyOf(entries);
    }

    /**
     * Return the counted shapes, most often slow first (then slowest first).
     * @return the shapes
     */
    public synchronized List<SlowQueryShape> shapes() {
        List<SlowQueryShape> shapes = new ArrayList<>(this.shapes.values());
        shapes.sort(
                Comparator.comparingLong(SlowQueryShape::count).thenComparing(SlowQueryShape::maxDuration).reversed());
        return List.copyOf(shapes);
    }

    /**
     * Return how many slow operations were seen since the log was created or cleared,
     * including those no longer kept.
     * @return the total
     */
    public synchronized long total() {
        return this.total;
    }

    /**
     * Return how many slow operations the log keeps.
     * @return the capacity
     */
    public int capacity() {
        return this.ring.length;
    }

    /**
     * Forget every slow operation and shape.
     */
    public synchronized void clear() {
        java.util.Arrays.fill(this.ring, null);
        this.shapes.clear();
        this.total = 0;
    }

}
