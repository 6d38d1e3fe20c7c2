package dev.goofer.query;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import org.jspecify.annotations.Nullable;

/**
 * One record as the executor returns it, before the client turns it into a generated
 * record or a {@code Selection}. Values sit at the positions of
 * {@link ModelMeta#fields()}: scalars as Java values (enum fields as their database
 * value), to-many relations as {@code List<Row>}, to-one relations as a {@code Row} or
 * {@code null}. Immutable once built, so rows can be cached and shared between threads.
 */
public final class Row {

    private final ModelMeta model;

    private final @Nullable Object[] values;

    private final boolean[] loaded;

    private final @Nullable Map<String, Long> counts;

    /**
     * Create a row, copying the arrays.
     * @param model the model of the record
     * @param values the values by field position
     * @param loaded which positions were selected or included
     * @param counts the relation counts by relation name, or {@code null} if none were
     * requested
     */
    public Row(ModelMeta model, @Nullable Object[] values, boolean[] loaded, @Nullable Map<String, Long> counts) {
        this(model, values, loaded, counts, true);
    }

    // The public constructor copies the arrays; adopt hands them over.
    private Row(ModelMeta model, @Nullable Object[] values, boolean[] loaded, @Nullable Map<String, Long> counts,
            boolean copy) {
        this.model = Objects.requireNonNull(model, "model");
        if (values.length != model.fields().size() || loaded.length != values.length) {
            throw new IllegalArgumentException(
                    "Row of \"" + model.name() + "\" needs " + model.fields().size() + " values, got " + values.length);
        }
        this.values = copy ? values.clone() : values;
        this.loaded = copy ? loaded.clone() : loaded;
        this.counts = (counts != null) ? Map.copyOf(counts) : null;
    }

    /**
     * Create a row that takes over the given arrays instead of copying them, for readers
     * that build many rows and drop their arrays once built.
     * @param model the model of the record
     * @param values the values by field position, never modified afterwards
     * @param loaded which positions were selected or included, never modified afterwards
     * @param counts the relation counts by relation name, or {@code null} if none were
     * requested
     * @return the row
     */
    public static Row adopt(ModelMeta model, @Nullable Object[] values, boolean[] loaded,
            @Nullable Map<String, Long> counts) {
        return new Row(model, values, loaded, counts, false);
    }

    /**
     * Return the model of the record.
     * @return the model
     */
    public ModelMeta model() {
        return this.model;
    }

    /**
     * Return the value at a field position, {@code null} when it was not loaded.
     * @param <T> the expected type
     * @param position the field position
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(int position) {
        return (T) this.values[position];
    }

    /**
     * Whether the field at a position was selected or included.
     * @param position the field position
     * @return whether the value was loaded
     */
    public boolean isLoaded(int position) {
        return this.loaded[position];
    }

    /**
     * Return the relation counts, by relation name.
     * @return the counts, or {@code null} when none were requested
     */
    public @Nullable Map<String, Long> counts() {
        return this.counts;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Row that) && this.model == that.model && Arrays.equals(this.values, that.values)
                && Arrays.equals(this.loaded, that.loaded) && Objects.equals(this.counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(this.values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(this.model.name()).append('{');
        for (int i = 0; i < this.values.length; i++) {
            if (this.loaded[i]) {
                text.append((text.charAt(text.length() - 1) == '{') ? "" : ", ")
                    .append(this.model.fields().get(i).name())
                    .append('=')
                    .append(this.values[i]);
            }
        }
        if (this.counts != null) {
            text.append(", _count=").append(this.counts);
        }
        return text.append('}').toString();
    }

}
