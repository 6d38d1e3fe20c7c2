package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A relation field, resolved to both sides at build time.
 *
 * <p>
 * For a {@link RelationKind#FORWARD} field, {@code fields} are this model's foreign-key
 * fields and {@code references} the related model's referenced fields. For a
 * {@link RelationKind#BACK} field they are copied from the opposite field: {@code fields}
 * name the related model's foreign-key fields and {@code references} this model's fields.
 * Implicit many-to-many fields carry a {@link JoinTable} instead.
 *
 * @param name the field name
 * @param targetModel the name of the related model
 * @param optional whether a to-one relation may be absent
 * @param list whether the relation is to-many
 * @param relationName the relation name (explicit or Prisma's default)
 * @param kind where the foreign key lives
 * @param oppositeField the name of the field on the other side, or {@code null} if none
 * @param fields the foreign-key fields (see above)
 * @param references the referenced fields (see above)
 * @param onDelete the effective {@code onDelete} action of the foreign key
 * @param onUpdate the effective {@code onUpdate} action of the foreign key
 * @param foreignKeyName the constraint name of the foreign key ({@code FORWARD} only)
 * @param joinTable the join table of an implicit many-to-many relation
 * @param ignored whether the field carries {@code @ignore}
 * @param documentation the {@code ///} documentation, if any
 */
public record RelationFieldMeta(String name, String targetModel, boolean optional, boolean list, String relationName,
        RelationKind kind, @Nullable String oppositeField, List<String> fields, List<String> references,
        ReferentialAction onDelete, ReferentialAction onUpdate, @Nullable String foreignKeyName,
        @Nullable JoinTable joinTable, boolean ignored, @Nullable String documentation) implements FieldMeta {

    public RelationFieldMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetModel, "targetModel");
        Objects.requireNonNull(relationName, "relationName");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        references = List.copyOf(references);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if ((kind == RelationKind.IMPLICIT_MANY_TO_MANY) != (joinTable != null)) {
            throw new IllegalArgumentException("Relation field \"" + name + "\": joinTable must be set exactly for "
                    + "implicit many-to-many relations");
        }
        if (kind != RelationKind.IMPLICIT_MANY_TO_MANY && fields.size() != references.size()) {
            throw new IllegalArgumentException(
                    "Relation field \"" + name + "\": fields and references differ in length");
        }
    }

    // Hashed and compared on every query with an include or relation filter (statement
    // shapes): hash by names only, and let the same instance compare equal without a
    // walk.
    @Override
    public int hashCode() {
        return 31 * (31 * this.name.hashCode() + this.targetModel.hashCode()) + this.relationName.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        return (other instanceof RelationFieldMeta that) && this.name.equals(that.name)
                && this.targetModel.equals(that.targetModel) && this.optional == that.optional && this.list == that.list
                && this.relationName.equals(that.relationName) && this.kind == that.kind
                && Objects.equals(this.oppositeField, that.oppositeField) && this.fields.equals(that.fields)
                && this.references.equals(that.references) && this.onDelete == that.onDelete
                && this.onUpdate == that.onUpdate && Objects.equals(this.foreignKeyName, that.foreignKeyName)
                && Objects.equals(this.joinTable, that.joinTable) && this.ignored == that.ignored
                && Objects.equals(this.documentation, that.documentation);
    }

}
