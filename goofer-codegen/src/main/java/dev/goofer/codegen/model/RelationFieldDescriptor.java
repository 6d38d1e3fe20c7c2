package dev.goofer.codegen.model;

import java.util.Objects;

import dev.goofer.metadata.RelationFieldMeta;

/**
 * A relation field of the generated client.
 *
 * @param meta the field metadata
 * @param position the position in the model's fields
 * @param member the Java member name
 * @param constant the handle constant name
 * @param target the name of the related model, as written in the schema
 */
public record RelationFieldDescriptor(RelationFieldMeta meta, int position, String member, String constant,
        String target) implements FieldDescriptor {

    public RelationFieldDescriptor {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Whether the relation is to-many.
     * @return whether the relation holds a list
     */
    public boolean toMany() {
        return this.meta.list();
    }

    /**
     * Whether a to-one relation may be absent, which the record shows as an
     * {@code Optional}.
     * @return whether the relation is an optional to-one
     */
    public boolean optionalToOne() {
        return !this.meta.list() && this.meta.optional();
    }

}
