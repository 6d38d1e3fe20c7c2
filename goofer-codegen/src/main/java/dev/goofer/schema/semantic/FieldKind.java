package dev.goofer.schema.semantic;

/**
 * What a field's type refers to.
 */
public enum FieldKind {

    /** A built-in scalar type such as {@code String} or {@code DateTime}. */
    SCALAR,

    /** An enum of the schema. */
    ENUM,

    /** A composite type ({@code type} block, MongoDB only). */
    COMPOSITE,

    /** {@code Unsupported("...")}: a database type the client cannot use. */
    UNSUPPORTED,

    /** Another model: a relation field. */
    RELATION

}
