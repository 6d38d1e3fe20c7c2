package dev.goofer.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.UniqueWhere;
import dev.goofer.sql.SelectSpec;
import org.jspecify.annotations.Nullable;

/**
 * Finds single records by a condition for writes, and builds the conditions that select a
 * record by its key.
 */
final class Records {

    private final ExecutorContext context;

    Records(ExecutorContext context) {
        this.context = context;
    }

    /**
     * Return the scalar values of the first record matching a condition, by field name,
     * or {@code null} when none matches.
     */
    @Nullable Map<String, @Nullable Object> find(Session session, ModelMeta model, Filter where) {
        List<ScalarFieldMeta> columns = ReadPlan.clientFields(model);
        SelectSpec spec = new SelectSpec(model, where, List.of(), 1, null, null, columns, List.of(), null);
        List<Map<String, @Nullable Object>> rows = session.query(model, this.context.renderer().select(spec),
                (resultSet) -> {
                    Map<String, @Nullable Object> values = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        values.put(columns.get(i).name(), session.dialect().read(resultSet, i + 1, columns.get(i)));
                    }
                    return values;
                });
        return rows.isEmpty() ? null : rows.get(0);
    }

    Map<String, @Nullable Object> require(Session session, ModelMeta model, Filter where, String detail) {
        Map<String, @Nullable Object> found = find(session, model, where);
        if (found == null) {
            throw new RecordNotFoundException(model.name(), session.operation(), detail);
        }
        return found;
    }

    /** Return the condition matching a record by its identifying fields. */
    static Filter keyFilter(ModelMeta model, Map<String, @Nullable Object> values) {
        return equalsFilter(model, model.identifyingFields(), values, model.identifyingFields());
    }

    /**
     * Return the condition {@code fields[i] = values[sourceFields[i]]}, or a condition
     * matching nothing when a value is null.
     */
    static Filter equalsFilter(ModelMeta model, List<String> fields, Map<String, @Nullable Object> values,
            List<String> sourceFields) {
        List<Filter> conditions = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Object value = values.get(sourceFields.get(i));
            if (value == null) {
                return new Filter.Or(List.of());
            }
            conditions
                .add(new Filter.Compare(model.scalarField(fields.get(i)), Filter.CompareOperator.EQUALS, value, false));
        }
        return Filter.and(conditions);
    }

    static String describe(UniqueWhere where) {
        StringBuilder text = new StringBuilder();
        for (FieldValue value : where.values()) {
            text.append((text.length() > 0) ? ", " : "")
                .append(value.field().name())
                .append(" = ")
                .append(value.value());
        }
        return text.toString();
    }

    static Filter and(Filter first, Filter second) {
        return Filter.and(List.of(first, second));
    }

    static boolean hasAll(Map<String, @Nullable Object> values, List<String> fields) {
        for (String field : fields) {
            if (!values.containsKey(field)) {
                return false;
            }
        }
        return true;
    }

    static Object nonNull(@Nullable Object value) {
        return Objects.requireNonNull(value);
    }

}
