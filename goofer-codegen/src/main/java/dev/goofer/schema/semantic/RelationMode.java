package dev.goofer.schema.semantic;

/**
 * Where referential integrity is enforced, from the datasource's {@code relationMode}.
 */
public enum RelationMode {

    /** By foreign keys in the database (the default). */
    FOREIGN_KEYS("foreignKeys"),

    /** By the client, without foreign keys ({@code relationMode = "prisma"}). */
    PRISMA("prisma");

    private final String prismaName;

    RelationMode(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the value as written in the schema.
     * @return {@code foreignKeys} or {@code prisma}
     */
    public String prismaName() {
        return this.prismaName;
    }

}
