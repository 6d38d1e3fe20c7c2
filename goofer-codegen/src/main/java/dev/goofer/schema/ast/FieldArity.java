package dev.goofer.schema.ast;

/**
 * Whether a field is required, optional ({@code ?}) or a list ({@code []}).
 */
public enum FieldArity {

    /** A plain type: the field always has a value. */
    REQUIRED,

    /** {@code Type?}: the field may be null. */
    OPTIONAL,

    /** {@code Type[]}: the field holds a list. */
    LIST

}
