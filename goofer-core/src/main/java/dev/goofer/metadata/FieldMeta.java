package dev.goofer.metadata;

import org.jspecify.annotations.Nullable;

/**
 * A field of a model: a scalar (or enum) column, or a relation to another model.
 */
public sealed interface FieldMeta permits ScalarFieldMeta, RelationFieldMeta {

    /**
     * Return the field name as written in the schema.
     * @return the field name
     */
    String name();

    /**
     * Whether the field is optional ({@code ?}).
     * @return whether the field may be absent
     */
    boolean optional();

    /**
     * Whether the field is a list ({@code []}).
     * @return whether the field holds several values
     */
    boolean list();

    /**
     * Whether the field carries {@code @ignore}: present in the database, absent from the
     * client.
     * @return whether the field is ignored
     */
    boolean ignored();

    /**
     * Return the {@code ///} documentation of the field.
     * @return the documentation, or {@code null}
     */
    @Nullable String documentation();

}
