package dev.goofer.metadata;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One field of a key or index, with its optional arguments.
 *
 * @param field the field name
 * @param sort the sort order, if given
 * @param length the prefix length (MySQL), if given
 * @param operatorClass the operator class (PostgreSQL {@code ops:}), if given
 */
public record IndexField(String field, @Nullable SortOrder sort, @Nullable Integer length,
        @Nullable String operatorClass) {

    public IndexField {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Create an index field with no arguments.
     * @param field the field name
     * @return the index field
     */
    public static IndexField of(String field) {
        return new IndexField(field, null, null, null);
    }

}
