package dev.goofer.metadata;

/**
 * Where the foreign key of a relation lives, seen from one relation field.
 */
public enum RelationKind {

    /**
     * This model holds the foreign key ({@code @relation(fields: ..., references: ...)}).
     */
    FORWARD,

    /** The related model holds the foreign key; this is the back-relation field. */
    BACK,

    /** An implicit many-to-many relation through a {@code _AToB} join table. */
    IMPLICIT_MANY_TO_MANY

}
