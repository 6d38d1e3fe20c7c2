package dev.goofer.schema.semantic;

/**
 * The kind of an index.
 */
public enum IndexType {

    /** {@code @@index}: a plain index. */
    NORMAL,

    /** {@code @unique} or {@code @@unique}: a unique constraint. */
    UNIQUE,

    /** {@code @@fulltext}: a full-text index (MySQL). */
    FULLTEXT

}
