package dev.goofer.codegen.model;

import dev.goofer.metadata.FieldMeta;

/**
 * A field as the generated client exposes it: a scalar or a relation.
 */
public sealed interface FieldDescriptor permits ScalarFieldDescriptor, RelationFieldDescriptor {

    /**
     * Return the field metadata.
     * @return the metadata
     */
    FieldMeta meta();

    /**
     * Return the field's position in its model's fields, which is its position in a row.
     * @return the zero-based position
     */
    int position();

    /**
     * Return the Java member name: record component, builder method and unique selector.
     * @return the member name
     */
    String member();

    /**
     * Return the name of the field's handle constant.
     * @return the constant name
     */
    String constant();

    /**
     * Return the field name as written in the schema.
     * @return the schema name
     */
    default String name() {
        return meta().name();
    }

}
