package dev.goofer.schema.semantic;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One field of a primary key or index, with its optional arguments.
 *
 * @param field the field
 * @param sortOrder the {@code sort:} argument, or {@code null}
 * @param length the {@code length:} argument (MySQL prefix length), or {@code null}
 * @param operatorClass the {@code ops:} argument (PostgreSQL), or {@code null}
 */
public record IndexField(ScalarField field, @Nullable SortOrder sortOrder, @Nullable Integer length,
        @Nullable OperatorClass operatorClass) {

    /**
     * Create an index field.
     * @param field the field
     * @param sortOrder the sort order
     * @param length the length
     * @param operatorClass the operator class
     */
    public IndexField {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Return the field name.
     * @return the name
     */
    public String name() {
        return this.field.name();
    }

    @Override
    public String toString() {
        return "IndexField[" + this.field.name() + "]";
    }

}
