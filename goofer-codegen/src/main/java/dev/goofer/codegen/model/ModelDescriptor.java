package dev.goofer.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.ClassName;
import dev.goofer.metadata.ModelMeta;
import org.jspecify.annotations.Nullable;

/**
 * A model or view as the generated client exposes it. Ignored and unsupported fields, and
 * relations to ignored models, are left out of {@link #fields()} but keep their
 * positions.
 *
 * @param meta the model metadata
 * @param recordClass the record of one row
 * @param fieldsClass the metadata and field handles
 * @param whereUniqueClass the unique selectors, or {@code null} when the model has no
 * usable key
 * @param createClass the create input, or {@code null} for views and models the client
 * cannot create (a required ignored or unsupported field without default)
 * @param updateClass the update input, or {@code null} for views
 * @param accessor the client accessor name
 * @param metaConstant the name of the {@code ModelMeta} constant of the fields class
 * @param factoryConstant the name of the {@code RowFactory} constant of the fields class
 * @param fields the exposed fields, in schema order
 * @param uniqueKeys the unique selectors, primary key first
 * @param counts whether the record has a {@code _count} component (the model has a
 * to-many relation)
 * @param wide whether the row has too many components for a record, so that a final class
 * with the same accessors stands in for it
 */
public record ModelDescriptor(ModelMeta meta, ClassName recordClass, ClassName fieldsClass,
        @Nullable ClassName whereUniqueClass, @Nullable ClassName createClass, @Nullable ClassName updateClass,
        String accessor, String metaConstant, String factoryConstant, List<FieldDescriptor> fields,
        List<UniqueKeyDescriptor> uniqueKeys, boolean counts, boolean wide) {

    /**
     * The most components a record can have: its canonical constructor takes one
     * parameter per component, and the JVM allows 255 parameter slots including
     * {@code this}.
     */
    public static final int MAX_RECORD_COMPONENTS = 254;

    public ModelDescriptor {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(fieldsClass, "fieldsClass");
        Objects.requireNonNull(accessor, "accessor");
        Objects.requireNonNull(metaConstant, "metaConstant");
        Objects.requireNonNull(factoryConstant, "factoryConstant");
        fields = List.copyOf(fields);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /**
     * Return the model name as written in the schema.
     * @return the name
     */
    public String name() {
        return this.meta.name();
    }

    /**
     * Whether this is a view: read operations only.
     * @return whether the model is a view
     */
    public boolean view() {
        return this.meta.view();
    }

    /**
     * Return the exposed scalar fields, in schema order.
     * @return the scalar fields
     */
    public List<ScalarFieldDescriptor> scalarFields() {
        List<ScalarFieldDescriptor> scalars = new ArrayList<>();
        for (FieldDescriptor field : this.fields) {
            if (field instanceof ScalarFieldDescriptor scalar) {
                scalars.add(scalar);
            }
        }
        return scalars;
    }

    /**
     * Return the exposed relation fields, in schema order.
     * @return the relation fields
     */
    public List<RelationFieldDescriptor> relationFields() {
        List<RelationFieldDescriptor> relations = new ArrayList<>();
        for (FieldDescriptor field : this.fields) {
            if (field instanceof RelationFieldDescriptor relation) {
                relations.add(relation);
            }
        }
        return relations;
    }

}
