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

    @Nullable List<Object> link;

    RowBuilder(ModelMeta model) {
        this.model = model;
        this.values = new Object[model.fields().size()];
        this.loaded = new boolean[this.values.length];
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

    void count(String relation, long count) {
        if (this.counts == null) {
            this.counts = new LinkedHashMap<>();
        }
        this.counts.put(relation, count);
    }

    Row build() {
        return new Row(this.model, this.values, this.loaded, this.counts);
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

    static boolean hasNull(List<Object> key) {
        for (Object value : key) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

}
