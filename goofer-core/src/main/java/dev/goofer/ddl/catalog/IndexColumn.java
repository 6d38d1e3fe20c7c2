package dev.goofer.ddl.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One column of a key or index.
 *
 * @param name the column name
 * @param descending whether the column is sorted descending
 * @param length the prefix length (MySQL), if any
 * @param operatorClass the non-default operator class (PostgreSQL), if any
 */
public record IndexColumn(String name, boolean descending, @Nullable Integer length, @Nullable String operatorClass) {

    public IndexColumn {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Create a plain ascending column.
     * @param name the column name
     * @return the index column
     */
    public static IndexColumn of(String name) {
        return new IndexColumn(name, false, null, null);
    }

}
