package dev.goofer.client;

import java.util.Map;

/**
 * The result of {@code count().select(...)}: the number of records and of non-null values
 * per selected field.
 *
 * @param <M> the model record type
 */
public final class CountResult<M> {

    private final Map<String, Long> counts;

    /**
     * Create a result from field names (and {@code _all}) to counts.
     * @param counts the counts
     */
    public CountResult(Map<String, Long> counts) {
        this.counts = Map.copyOf(counts);
    }

    /**
     * Return the number of records.
     * @return {@code _all}
     */
    public long all() {
        return this.counts.getOrDefault("_all", 0L);
    }

    /**
     * Return the number of non-null values of a selected field.
     * @param field the field
     * @return the count
     */
    public long get(Field<M, ?> field) {
        Long count = this.counts.get(field.meta().name());
        if (count == null) {
            throw new IllegalStateException("Field \"" + field.meta().name() + "\" was not selected for counting");
        }
        return count;
    }

    @Override
    public String toString() {
        return "CountResult" + this.counts;
    }

}
