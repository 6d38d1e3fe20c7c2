package dev.goofer.sql;

/**
 * What a dialect supports, so that callers can reject or emulate a feature up front.
 */
public enum DialectCapability {

    /** {@code INSERT ... RETURNING}. */
    INSERT_RETURNING,

    /** {@code NULLS FIRST} / {@code NULLS LAST} in {@code ORDER BY}. */
    NULLS_ORDERING,

    /** Scalar lists stored as native arrays. */
    SCALAR_LISTS,

    /** Native enum types. */
    NATIVE_ENUMS,

    /** Filters on values inside {@code Json} fields. */
    JSON_FILTERS,

    /** {@code mode: insensitive} string filters. */
    CASE_INSENSITIVE_FILTERS,

    /** Window functions, used to page nested includes per parent record. */
    WINDOW_FUNCTIONS,

    /** An atomic insert-or-update statement. */
    NATIVE_UPSERT

}
