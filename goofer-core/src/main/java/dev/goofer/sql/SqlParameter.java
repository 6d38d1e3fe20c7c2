package dev.goofer.sql;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A bound value that needs more than {@code setObject}: a value the database must type
 * itself (PostgreSQL enums and {@code jsonb}), or an array.
 *
 * @param value the value; for arrays a {@code List} of elements
 * @param kind how to bind it
 * @param typeName the element type name of an array
 */
public record SqlParameter(@Nullable Object value, Kind kind, @Nullable String typeName) {

    public SqlParameter {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ARRAY && !(value instanceof List<?>)) {
            throw new IllegalArgumentException("An array parameter needs a list value");
        }
    }

    /**
     * Create a value whose type the database infers from its context.
     * @param value the value, as text
     * @return the parameter
     */
    public static SqlParameter untyped(@Nullable Object value) {
        return new SqlParameter(value, Kind.UNTYPED, null);
    }

    /**
     * Create an array value.
     * @param elements the elements
     * @param elementType the element type name, as the driver knows it
     * @return the parameter
     */
    public static SqlParameter array(List<?> elements, String elementType) {
        return new SqlParameter(elements, Kind.ARRAY, elementType);
    }

    @Override
    public String toString() {
        return String.valueOf(this.value);
    }

    /** How a parameter is bound. */
    public enum Kind {

        /** {@code setObject(index, value, Types.OTHER)}: typed by the database. */
        UNTYPED,

        /** A SQL array made with {@code Connection.createArrayOf}. */
        ARRAY

    }

}
