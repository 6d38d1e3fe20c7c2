package dev.goofer.metadata;

/**
 * Sort order of an index column.
 */
public enum SortOrder {

    ASC, DESC

}
