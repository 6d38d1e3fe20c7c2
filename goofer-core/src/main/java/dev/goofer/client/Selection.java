package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * A partial record, returned after {@code select(...)} or {@code omit(...)}: read fields
 * and relations through their handles. Reading something that was not selected fails
 * rather than return {@code null}.
 *
 * @param <M> the model record type
 */
public final class Selection<M> {

    private final Row row;

    /**
     * Wrap a row.
     * @param row the row
     */
    public Selection(Row row) {
        this.row = Objects.requireNonNull(row, "row");
    }

    /**
     * Return the value of a selected field.
     * @param <T> the field's Java type
     * @param field the field
     * @return the value
     * @throws IllegalStateException if the field was not selected
     */
    public <T> @Nullable T get(Field<M, T> field) {
        requireLoaded(field.position(), field.meta().name());
        return field.read(this.row.get(field.position()));
    }

    /**
     * Return the related records of a selected to-many relation.
     * @param <T> the related record type
     * @param relation the relation
     * @return the related records, as selections
     * @throws IllegalStateException if the relation was not selected
     */
    public <T> List<Selection<T>> get(ToManyRelation<M, T> relation) {
        requireLoaded(relation.position(), relation.meta().name());
        List<Row> rows = this.row.get(relation.position());
        List<Selection<T>> selections = new ArrayList<>((rows != null) ? rows.size() : 0);
        if (rows != null) {
            rows.forEach((related) -> selections.add(new Selection<>(related)));
        }
        return selections;
    }

    /**
     * Return the related record of a selected to-one relation.
     * @param <T> the related record type
     * @param relation the relation
     * @return the related record as a selection, or {@code null} if there is none
     * @throws IllegalStateException if the relation was not selected
     */
    public <T> @Nullable Selection<T> get(ToOneRelation<M, T> relation) {
        requireLoaded(relation.position(), relation.meta().name());
        Row related = this.row.get(relation.position());
        return (related != null) ? new Selection<>(related) : null;
    }

    /**
     * Return the relation counts.
     * @return the counts
     * @throws IllegalStateException if no count was selected
     */
    public RelationCounts<M> _count() {
        Map<String, Long> counts = this.row.counts();
        if (counts == null) {
            throw new IllegalStateException("No relation count was selected for " + this.row.model().name());
        }
        return new RelationCounts<>(counts);
    }

    /**
     * Return the underlying row.
     * @return the row
     */
    public Row row() {
        return this.row;
    }

    private void requireLoaded(int position, String name) {
        if (!this.row.isLoaded(position)) {
            throw new IllegalStateException(
                    "Field \"" + name + "\" of " + this.row.model().name() + " was not selected");
        }
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Selection<?> that) && this.row.equals(that.row);
    }

    @Override
    public int hashCode() {
        return this.row.hashCode();
    }

    @Override
    public String toString() {
        return "Selection" + this.row;
    }

}
