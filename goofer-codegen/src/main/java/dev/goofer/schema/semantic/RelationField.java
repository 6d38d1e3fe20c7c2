package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A field whose type is another model. Each relation field belongs to exactly one
 * {@link Relation}; in a valid schema every relation has a field on both sides. Immutable
 * once the schema is resolved.
 */
public final class RelationField implements Field {

    private final FieldDeclaration declaration;

    private final Model model;

    private final Model relatedModel;

    @Nullable Attribute relationAttribute;

    @Nullable String explicitName;

    @Nullable List<ScalarField> fields;

    @Nullable List<ScalarField> references;

    @Nullable ReferentialAction explicitOnDelete;

    @Nullable SourceSpan onDeleteSpan;

    @Nullable ReferentialAction explicitOnUpdate;

    @Nullable SourceSpan onUpdateSpan;

    @Nullable String mappedName;

    boolean ignored;

    @Nullable Relation relation;

    RelationField(FieldDeclaration declaration, Model model, Model relatedModel) {
        this.declaration = declaration;
        this.model = model;
        this.relatedModel = relatedModel;
    }

    @Override
    public FieldDeclaration declaration() {
        return this.declaration;
    }

    @Override
    public FieldKind kind() {
        return FieldKind.RELATION;
    }

    /**
     * Return the model the field belongs to.
     * @return the model
     */
    public Model model() {
        return this.model;
    }

    /**
     * Return the model the field points to.
     * @return the related model
     */
    public Model relatedModel() {
        return this.relatedModel;
    }

    /**
     * Return the relation the field belongs to.
     * @return the relation
     */
    public Relation relation() {
        if (this.relation == null) {
            throw new IllegalStateException("Relation of " + this + " is not resolved");
        }
        return this.relation;
    }

    /**
     * Return the field on the other side of the relation.
     * @return the opposite field, or {@code null} if the relation has only this side
     * (never in a valid schema)
     */
    public @Nullable RelationField opposite() {
        Relation relation = relation();
        return (relation.fieldA() == this) ? relation.fieldB() : relation.fieldA();
    }

    /**
     * Return the relation name: the explicit one, or Prisma's default (the two model
     * names sorted and joined with {@code To}, such as {@code CategoryToPost}).
     * @return the relation name
     */
    public String relationName() {
        return relation().name();
    }

    /**
     * Return the name given in {@code @relation("name")} or
     * {@code @relation(name: "...")}.
     * @return the explicit name, or {@code null}
     */
    public @Nullable String explicitRelationName() {
        return this.explicitName;
    }

    /**
     * Return the scalar fields of this model that hold the foreign key ({@code fields:}).
     * @return the referencing fields, empty on the back-relation side
     */
    public List<ScalarField> fields() {
        return (this.fields != null) ? List.copyOf(this.fields) : List.of();
    }

    /**
     * Return the fields of the related model that the foreign key references
     * ({@code references:}).
     * @return the referenced fields, empty on the back-relation side
     */
    public List<ScalarField> references() {
        return (this.references != null) ? List.copyOf(this.references) : List.of();
    }

    /**
     * Whether this side holds the foreign key ({@code fields} and {@code references}).
     * @return whether this is the referencing (forward) side of a one-to-one or
     * one-to-many relation
     */
    public boolean isReferencing() {
        return this.fields != null && !this.fields.isEmpty() && this.relation != null
                && this.relation.kind() != RelationKind.IMPLICIT_MANY_TO_MANY;
    }

    /**
     * Return the {@code onDelete:} argument as written.
     * @return the explicit action, or {@code null}
     */
    public @Nullable ReferentialAction explicitOnDelete() {
        return this.explicitOnDelete;
    }

    /**
     * Return the {@code onUpdate:} argument as written.
     * @return the explicit action, or {@code null}
     */
    public @Nullable ReferentialAction explicitOnUpdate() {
        return this.explicitOnUpdate;
    }

    /**
     * Return the effective {@code onDelete} action of the relation (explicit, or Prisma's
     * default: {@code SetNull} when the foreign key is optional, {@code Restrict} when it
     * is required, {@code NoAction} instead of {@code Restrict} on SQL Server).
     * @return the action
     */
    public ReferentialAction onDelete() {
        return relation().onDelete();
    }

    /**
     * Return the effective {@code onUpdate} action of the relation (explicit, or
     * {@code Cascade}).
     * @return the action
     */
    public ReferentialAction onUpdate() {
        return relation().onUpdate();
    }

    /**
     * Return the foreign key constraint name from {@code map:}.
     * @return the mapped name, or {@code null}
     */
    public @Nullable String foreignKeyMappedName() {
        return this.mappedName;
    }

    /**
     * Return the name of the foreign key constraint in the database: the mapped name, or
     * Prisma's default {@code Table_column_fkey}.
     * @return the constraint name, or {@code null} when this side holds no foreign key
     */
    public @Nullable String foreignKeyName() {
        return isReferencing() ? relation().foreignKeyName() : null;
    }

    @Override
    public boolean isIgnored() {
        return this.ignored || this.model.isIgnored();
    }

    @Override
    public String toString() {
        return this.model.name() + "." + name();
    }

}
