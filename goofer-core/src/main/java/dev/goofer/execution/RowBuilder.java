package dev.goofer.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * A record being read: scalar values first, relations and counts filled in as they load.
 */
final class RowBuilder {

    final ModelMeta model;

    final @Nullable Object[] values;

    final boolean[] loaded;

    @Nullable Map<String, Long> counts;

    /** The parent key a related record was read for (see {@link #keyOf}). */
    @Nullable Object link;

    RowBuilder(ModelMeta model) {
        this(model, new boolean[model.fields().size()]);
    }

    /**
     * Create a builder whose loaded flags are the given array, which it may share with
     * other builders when none of them changes it (records read without includes).
     */
    RowBuilder(ModelMeta model, boolean[] loaded) {
        this.model = model;
        this.values = new Object[model.fields().size()];
        this.loaded = loaded;
    }

    @Nullable Object get(ScalarFieldMeta field) {
        return this.values[this.model.position(field.name())];
    }

    List<Object> key(List<ScalarFieldMeta> fields) {
        List<Object> key = new ArrayList<>(fields.size());
        for (ScalarFieldMeta field : fields) {
            key.add(normalize(get(field)));
        }
        return key;
    }

    /**
     * Return this record's key for a relation: the normalized value of the one field, or
     * the list of them for several, {@code null} when any is null. One-field keys skip
     * the list, as most relations link by one column.
     * @param positions the positions of the key fields
     */
    @Nullable Object keyOf(int[] positions) {
        if (positions.length == 1) {
            return normalize(this.values[positions[0]]);
        }
        List<Object> key = new ArrayList<>(positions.length);
        for (int position : positions) {
            Object value = normalize(this.values[position]);
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return key;
    }

    /**
     * Return a key made by {@link #keyOf} as the list of its values.
     */
    @SuppressWarnings("unchecked")
    static List<Object> keyValues(Object key, int fields) {
        return (fields == 1) ? List.of(key) : (List<Object>) key;
    }

    void count(String relation, long count) {
        if (this.counts == null) {
            this.counts = new LinkedHashMap<>();
        }
        this.counts.put(relation, count);
    }

    Row build() {
        return Row.adopt(this.model, this.values, this.loaded, this.counts);
    }

    static @Nullable Object normalize(@Nullable Object value) {
        if (value instanceof BigDecimal decimal) {
            return (decimal.signum() == 0) ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof Integer integer) {
            return integer.longValue();
        }
        return value;
    }

}
