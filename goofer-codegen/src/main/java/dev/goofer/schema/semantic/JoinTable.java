package dev.goofer.schema.semantic;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The join table Prisma manages for an implicit many-to-many relation:
 * {@code _RelationName} with column {@code A} referencing model A's id and column
 * {@code B} referencing model B's id, model A being the first of the two model names in
 * alphabetical order.
 *
 * @param name the table name, {@code _} followed by the relation name
 * @param schema the database schema (that of model A), or {@code null}
 * @param modelA the model column {@code A} references
 * @param modelB the model column {@code B} references
 */
public record JoinTable(String name, @Nullable String schema, Model modelA, Model modelB) {

    /**
     * Create a join table.
     * @param name the name
     * @param schema the schema
     * @param modelA model A
     * @param modelB model B
     */
    public JoinTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelA, "modelA");
        Objects.requireNonNull(modelB, "modelB");
    }

    /**
     * Return the column referencing model A.
     * @return {@code A}
     */
    public String columnA() {
        return "A";
    }

    /**
     * Return the column referencing model B.
     * @return {@code B}
     */
    public String columnB() {
        return "B";
    }

    @Override
    public String toString() {
        return "JoinTable[" + this.name + "]";
    }

}
