package dev.goofer.schema.semantic;

/**
 * The sort order of a field in an index or key.
 */
public enum SortOrder {

    /** Ascending ({@code Asc}). */
    ASC,

    /** Descending ({@code Desc}). */
    DESC

}
