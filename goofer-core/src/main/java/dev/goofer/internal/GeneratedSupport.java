package dev.goofer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.goofer.client.RelationCounts;
import dev.goofer.client.RelationNotLoadedException;
import dev.goofer.client.RowFactory;
import dev.goofer.query.Row;
import dev.goofer.types.DatabaseEnum;
import org.jspecify.annotations.Nullable;

/**
 * Not API: helpers that generated code calls, so that it stays short. Nothing outside
 * Goofer and its generated code may use this class; it changes without notice.
 */
public final class GeneratedSupport {

    private GeneratedSupport() {
    }

    /**
     * Map the rows of a loaded to-many relation to records.
     * @param <T> the related record type
     * @param row the parent row
     * @param position the relation's position
     * @param factory the related model's factory
     * @return the records, or {@code null} if the relation was not loaded
     */
    public static <T> @Nullable List<T> toMany(Row row, int position, RowFactory<T> factory) {
        if (!row.isLoaded(position)) {
            return null;
        }
        List<Row> rows = row.get(position);
        if (rows == null || rows.isEmpty()) {
            return List.of();
        }
        List<T> records = new ArrayList<>(rows.size());
        for (Row related : rows) {
            records.add(factory.create(related));
        }
        return Collections.unmodifiableList(records);
    }

    /**
     * Map the row of a loaded required to-one relation to a record.
     * @param <T> the related record type
     * @param row the parent row
     * @param position the relation's position
     * @param factory the related model's factory
     * @return the record, or {@code null} if the relation was not loaded
     */
    public static <T> @Nullable T toOne(Row row, int position, RowFactory<T> factory) {
        if (!row.isLoaded(position)) {
            return null;
        }
        Row related = row.get(position);
        return (related != null) ? factory.create(related) : null;
    }

    /**
     * Map the row of a loaded optional to-one relation to a record.
     * @param <T> the related record type
     * @param row the parent row
     * @param position the relation's position
     * @param factory the related model's factory
     * @return the record or empty, or {@code null} if the relation was not loaded
     */
    @SuppressWarnings("OptionalAssignedToNull")
    public static <T> @Nullable Optional<T> optionalToOne(Row row, int position, RowFactory<T> factory) {
        if (!row.isLoaded(position)) {
            return null;
        }
        Row related = row.get(position);
        return (related != null) ? Optional.of(factory.create(related)) : Optional.empty();
    }

    /**
     * Return a relation value of a record, failing clearly when it was not loaded.
     * @param <T> the value type
     * @param value the record component
     * @param model the model name
     * @param field the relation field name
     * @return the value
     * @throws RelationNotLoadedException if the value is {@code null}
     */
    public static <T> T loaded(@Nullable T value, String model, String field) {
        if (value == null) {
            throw new RelationNotLoadedException(model, field);
        }
        return value;
    }

    /**
     * Return the relation counts of a row.
     * @param <M> the model record type
     * @param row the row
     * @return the counts, or {@code null} if none were requested
     */
    public static <M> @Nullable RelationCounts<M> counts(Row row) {
        Map<String, Long> counts = row.counts();
        return (counts != null) ? new RelationCounts<>(counts) : null;
    }

    /**
     * Build the lookup from database values to constants of a generated enum.
     * @param <E> the enum type
     * @param type the enum class
     * @return the lookup
     */
    public static <E extends Enum<E> & DatabaseEnum> Map<String, E> databaseValues(Class<E> type) {
        Map<String, E> values = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            values.put(constant.databaseValue(), constant);
        }
        return Map.copyOf(values);
    }

    /**
     * Convert a database value to an enum constant.
     * @param <E> the enum type
     * @param values the lookup from {@link #databaseValues(Class)}
     * @param type the enum class, for the error message
     * @param value the database value
     * @return the constant
     * @throws IllegalArgumentException if the value is not one of the enum's
     */
    public static <E extends Enum<E>> E enumConstant(Map<String, E> values, Class<E> type, String value) {
        E constant = values.get(value);
        if (constant == null) {
            throw new IllegalArgumentException(
                    "\"" + value + "\" is not a database value of enum " + type.getSimpleName());
        }
        return constant;
    }

    /**
     * Convert a nullable database value with a converter.
     * @param <T> the target type
     * @param value the value, or {@code null}
     * @param converter the converter for non-null values
     * @return the converted value, or {@code null}
     */
    public static <T> @Nullable T convert(@Nullable Object value, Function<String, T> converter) {
        return (value != null) ? converter.apply((String) value) : null;
    }

    /**
     * Convert a list of database values with a converter.
     * @param <T> the element type
     * @param value the list, or {@code null}
     * @param converter the element converter
     * @return the converted list, or {@code null}
     */
    public static <T> @Nullable List<T> convertList(@Nullable Object value, Function<String, T> converter) {
        if (value == null) {
            return null;
        }
        List<T> list = new ArrayList<>();
        for (Object element : (List<?>) value) {
            list.add(converter.apply((String) element));
        }
        return Collections.unmodifiableList(list);
    }

}
