package dev.goofer.schema.semantic;

/**
 * The cardinality of a relation.
 */
public enum RelationKind {

    /**
     * One-to-one: a unique foreign key on one side, an optional back relation on the
     * other.
     */
    ONE_TO_ONE,

    /**
     * One-to-many: a foreign key on the "one" side, a list back relation on the other.
     */
    ONE_TO_MANY,

    /**
     * Implicit many-to-many: two list fields and a join table {@code _RelationName} with
     * columns {@code A} and {@code B} that Prisma manages.
     */
    IMPLICIT_MANY_TO_MANY

}
