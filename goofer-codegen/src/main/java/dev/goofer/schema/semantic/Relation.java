package dev.goofer.schema.semantic;

import org.jspecify.annotations.Nullable;

/**
 * A relation between two models (or a model and itself), resolved to both of its fields.
 *
 * <p>
 * For one-to-one and one-to-many relations, <em>field A</em> is the referencing side (it
 * holds {@code fields} and {@code references}, its model holds the foreign key) and
 * <em>field B</em> the back relation. For implicit many-to-many relations, model A is the
 * first model in alphabetical order (for self relations, field A is the first field
 * name). Explicit many-to-many relations are two one-to-many relations to a join model.
 * Immutable once the schema is resolved.
 */
public final class Relation {

    private final String name;

    private final boolean explicitName;

    private final RelationKind kind;

    private final RelationField fieldA;

    private final @Nullable RelationField fieldB;

    private final Model modelA;

    private final Model modelB;

    @Nullable String foreignKeyName;

    ReferentialAction onDelete = ReferentialAction.NO_ACTION;

    ReferentialAction onUpdate = ReferentialAction.CASCADE;

    Relation(String name, boolean explicitName, RelationKind kind, RelationField fieldA, @Nullable RelationField fieldB,
            Model modelA, Model modelB) {
        this.name = name;
        this.explicitName = explicitName;
        this.kind = kind;
        this.fieldA = fieldA;
        this.fieldB = fieldB;
        this.modelA = modelA;
        this.modelB = modelB;
    }

    /**
     * Return the relation name: explicit, or the default made of the two model names
     * sorted alphabetically and joined with {@code To} ({@code CategoryToPost}).
     * @return the name
     */
    public String name() {
        return this.name;
    }

    /**
     * Whether the name was given with {@code @relation("name")}.
     * @return whether the name is explicit
     */
    public boolean isNameExplicit() {
        return this.explicitName;
    }

    /**
     * Return the cardinality.
     * @return the kind
     */
    public RelationKind kind() {
        return this.kind;
    }

    /**
     * Return field A: the referencing field, or for many-to-many the field on model A.
     * @return field A
     */
    public RelationField fieldA() {
        return this.fieldA;
    }

    /**
     * Return field B: the back relation, or for many-to-many the field on model B.
     * @return field B, or {@code null} if the relation is only defined on one side (never
     * in a valid schema)
     */
    public @Nullable RelationField fieldB() {
        return this.fieldB;
    }

    /**
     * Return model A: the model holding the foreign key, or for many-to-many the first
     * model.
     * @return model A
     */
    public Model modelA() {
        return this.modelA;
    }

    /**
     * Return model B: the referenced model, or for many-to-many the second model.
     * @return model B
     */
    public Model modelB() {
        return this.modelB;
    }

    /**
     * Return the field holding {@code fields} and {@code references}.
     * @return field A for one-to-one and one-to-many relations, {@code null} for
     * many-to-many
     */
    public @Nullable RelationField referencingField() {
        return (this.kind == RelationKind.IMPLICIT_MANY_TO_MANY) ? null : this.fieldA;
    }

    /**
     * Return the back-relation field.
     * @return field B for one-to-one and one-to-many relations, {@code null} for
     * many-to-many
     */
    public @Nullable RelationField referencedField() {
        return (this.kind == RelationKind.IMPLICIT_MANY_TO_MANY) ? null : this.fieldB;
    }

    /**
     * Whether both sides are on the same model.
     * @return whether this is a self relation
     */
    public boolean isSelfRelation() {
        return this.modelA == this.modelB;
    }

    /**
     * Whether this is an implicit many-to-many relation.
     * @return whether the kind is {@link RelationKind#IMPLICIT_MANY_TO_MANY}
     */
    public boolean isManyToMany() {
        return this.kind == RelationKind.IMPLICIT_MANY_TO_MANY;
    }

    /**
     * Return the join table of an implicit many-to-many relation.
     * @return the join table, or {@code null} for other relations
     */
    public @Nullable JoinTable joinTable() {
        return isManyToMany() ? new JoinTable("_" + this.name, this.modelA.schema(), this.modelA, this.modelB) : null;
    }

    /**
     * Return the effective {@code onDelete} action: explicit, or {@code SetNull} when the
     * foreign key is optional and {@code Restrict} ({@code NoAction} on SQL Server) when
     * it is required.
     * @return the action
     */
    public ReferentialAction onDelete() {
        return this.onDelete;
    }

    /**
     * Return the effective {@code onUpdate} action: explicit, or {@code Cascade}.
     * @return the action
     */
    public ReferentialAction onUpdate() {
        return this.onUpdate;
    }

    /**
     * Return the foreign key constraint name in the database.
     * @return the mapped or default name, or {@code null} for many-to-many relations
     */
    public @Nullable String foreignKeyName() {
        return this.foreignKeyName;
    }

    @Override
    public String toString() {
        return "Relation[" + this.name + ", " + this.kind + "]";
    }

}
