package dev.goofer.client;

import java.util.Map;
import java.util.Objects;

/**
 * The {@code _count} of a record: how many related records each counted to-many relation
 * has.
 *
 * @param <M> the model record type
 */
public final class RelationCounts<M> {

    private final Map<String, Long> counts;

    /**
     * Create counts from relation names to numbers.
     * @param counts the counts by relation name
     */
    public RelationCounts(Map<String, Long> counts) {
        this.counts = Map.copyOf(counts);
    }

    /**
     * Return the count of a relation.
     * @param relation the relation
     * @return the number of related records
     * @throws IllegalStateException if the relation was not counted
     */
    public long get(ToManyRelation<M, ?> relation) {
        Long count = this.counts.get(relation.meta().name());
        if (count == null) {
            throw new IllegalStateException("Relation \"" + relation.meta().name()
                    + "\" was not counted: add include(...count()) to the query");
        }
        return count;
    }

    /**
     * Return the counts by relation name.
     * @return the counts
     */
    public Map<String, Long> asMap() {
        return this.counts;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof RelationCounts<?> that) && this.counts.equals(that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(this.counts);
    }

    @Override
    public String toString() {
        return "_count" + this.counts;
    }

}
