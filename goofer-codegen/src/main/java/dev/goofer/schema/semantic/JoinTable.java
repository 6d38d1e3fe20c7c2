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

    /**
     * Return the field of model A that column {@code A} references: its single-field
     * primary key (validation guarantees one for implicit many-to-many relations).
     * @return the referenced field of model A
     */
    public ScalarField referencedFieldA() {
        return referencedField(this.modelA);
    }

    /**
     * Return the field of model B that column {@code B} references: its single-field
     * primary key (validation guarantees one for implicit many-to-many relations).
     * @return the referenced field of model B
     */
    public ScalarField referencedFieldB() {
        return referencedField(this.modelB);
    }

    private static ScalarField referencedField(Model model) {
        PrimaryKey primaryKey = model.primaryKey();
        if (primaryKey == null || primaryKey.fields().size() != 1) {
            throw new IllegalStateException("Model \"" + model.name() + "\" has no single-field primary key.");
        }
        return primaryKey.scalarFields().get(0);
    }

    @Override
    public String toString() {
        return "JoinTable[" + this.name + "]";
    }

}
