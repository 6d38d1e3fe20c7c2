package dev.goofer.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A model (table) or view of the schema, with everything the runtime and the DDL need.
 * Immutable; a class rather than a record because it keeps field lookups built once.
 */
public final class ModelMeta {

    private final String name;

    private final String tableName;

    private final @Nullable String schema;

    private final boolean view;

    private final List<FieldMeta> fields;

    private final @Nullable PrimaryKey primaryKey;

    private final List<UniqueConstraint> uniques;

    private final List<IndexMeta> indexes;

    private final List<String> shardKey;

    private final boolean ignored;

    private final @Nullable String documentation;

    private final Map<String, FieldMeta> fieldsByName = new HashMap<>();

    private final Map<String, Integer> positions = new HashMap<>();

    private final List<ScalarFieldMeta> scalarFields;

    private final List<RelationFieldMeta> relationFields;

    /**
     * Create the model metadata.
     * @param name the model name
     * @param tableName the database table name ({@code @@map} applied)
     * @param schema the database schema ({@code @@schema}), if any
     * @param view whether this is a {@code view} block (read-only, never created by DDL)
     * @param fields the fields, in schema order
     * @param primaryKey the primary key; {@code null} only for views without one
     * @param uniques the unique constraints, field-level first, in schema order
     * @param indexes the non-unique indexes
     * @param shardKey the shard key fields ({@code @shardKey} / {@code @@shardKey}), if
     * any
     * @param ignored whether the model carries {@code @@ignore}
     * @param documentation the {@code ///} documentation, if any
     */
    public ModelMeta(String name, String tableName, @Nullable String schema, boolean view, List<FieldMeta> fields,
            @Nullable PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<IndexMeta> indexes,
            List<String> shardKey, boolean ignored, @Nullable String documentation) {
        this.name = Objects.requireNonNull(name, "name");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.schema = schema;
        this.view = view;
        this.fields = List.copyOf(fields);
        this.primaryKey = primaryKey;
        this.uniques = List.copyOf(uniques);
        this.indexes = List.copyOf(indexes);
        this.shardKey = List.copyOf(shardKey);
        this.ignored = ignored;
        this.documentation = documentation;
        List<ScalarFieldMeta> scalars = new ArrayList<>();
        List<RelationFieldMeta> relations = new ArrayList<>();
        for (int i = 0; i < this.fields.size(); i++) {
            FieldMeta field = this.fields.get(i);
            if (this.fieldsByName.put(field.name(), field) != null) {
                throw new IllegalArgumentException(
                        "Model \"" + name + "\" has two fields named \"" + field.name() + "\"");
            }
            this.positions.put(field.name(), i);
            if (field instanceof ScalarFieldMeta scalar) {
                scalars.add(scalar);
            }
            else if (field instanceof RelationFieldMeta relation) {
                relations.add(relation);
            }
        }
        this.scalarFields = List.copyOf(scalars);
        this.relationFields = List.copyOf(relations);
    }

    /**
     * Return the model name.
     * @return the name as written in the schema
     */
    public String name() {
        return this.name;
    }

    /**
     * Return the database table name.
     * @return the table name, {@code @@map} applied
     */
    public String tableName() {
        return this.tableName;
    }

    /**
     * Return the database schema from {@code @@schema}.
     * @return the schema, or {@code null} for the default one
     */
    public @Nullable String schema() {
        return this.schema;
    }

    /**
     * Whether this is a {@code view} block.
     * @return whether the model is a view
     */
    public boolean view() {
        return this.view;
    }

    /**
     * Return the fields, in schema order.
     * @return the fields
     */
    public List<FieldMeta> fields() {
        return this.fields;
    }

    /**
     * Return the primary key.
     * @return the primary key; {@code null} only for views without one
     */
    public @Nullable PrimaryKey primaryKey() {
        return this.primaryKey;
    }

    /**
     * Return the unique constraints.
     * @return the unique constraints, field-level first, in schema order
     */
    public List<UniqueConstraint> uniques() {
        return this.uniques;
    }

    /**
     * Return the non-unique indexes.
     * @return the indexes
     */
    public List<IndexMeta> indexes() {
        return this.indexes;
    }

    /**
     * Return the shard key fields.
     * @return the shard key fields, empty when the model has none
     */
    public List<String> shardKey() {
        return this.shardKey;
    }

    /**
     * Whether the model carries {@code @@ignore}.
     * @return whether the model is absent from the client
     */
    public boolean ignored() {
        return this.ignored;
    }

    /**
     * Return the {@code ///} documentation.
     * @return the documentation, or {@code null}
     */
    public @Nullable String documentation() {
        return this.documentation;
    }

    /**
     * Return the field with the given name.
     * @param fieldName the field name
     * @return the field
     * @throws IllegalArgumentException if there is no such field
     */
    public FieldMeta field(String fieldName) {
        FieldMeta field = this.fieldsByName.get(fieldName);
        if (field == null) {
            throw new IllegalArgumentException("Model \"" + this.name + "\" has no field \"" + fieldName + "\"");
        }
        return field;
    }

    /**
     * Return the position of a field in {@link #fields()}.
     * @param fieldName the field name
     * @return the zero-based position
     * @throws IllegalArgumentException if there is no such field
     */
    public int position(String fieldName) {
        Integer position = this.positions.get(fieldName);
        if (position == null) {
            throw new IllegalArgumentException("Model \"" + this.name + "\" has no field \"" + fieldName + "\"");
        }
        return position;
    }

    /**
     * Return the scalar field with the given name.
     * @param fieldName the field name
     * @return the scalar field
     * @throws IllegalArgumentException if there is no such scalar field
     */
    public ScalarFieldMeta scalarField(String fieldName) {
        if (field(fieldName) instanceof ScalarFieldMeta scalar) {
            return scalar;
        }
        throw new IllegalArgumentException("Field \"" + fieldName + "\" of model \"" + this.name + "\" is a relation");
    }

    /**
     * Return the relation field with the given name.
     * @param fieldName the field name
     * @return the relation field
     * @throws IllegalArgumentException if there is no such relation field
     */
    public RelationFieldMeta relationField(String fieldName) {
        if (field(fieldName) instanceof RelationFieldMeta relation) {
            return relation;
        }
        throw new IllegalArgumentException(
                "Field \"" + fieldName + "\" of model \"" + this.name + "\" is not a relation");
    }

    /**
     * Return the scalar fields, in schema order, including ignored and unsupported ones.
     * @return the scalar fields
     */
    public List<ScalarFieldMeta> scalarFields() {
        return this.scalarFields;
    }

    /**
     * Return the relation fields, in schema order.
     * @return the relation fields
     */
    public List<RelationFieldMeta> relationFields() {
        return this.relationFields;
    }

    /**
     * Return the fields that identify a row: the primary key, or the first unique
     * constraint of a view without one.
     * @return the identifying field names
     * @throws IllegalStateException if the model has neither
     */
    public List<String> identifyingFields() {
        if (this.primaryKey != null) {
            return this.primaryKey.fieldNames();
        }
        if (!this.uniques.isEmpty()) {
            return this.uniques.get(0).fieldNames();
        }
        throw new IllegalStateException("Model \"" + this.name + "\" has no primary key and no unique constraint");
    }

    @Override
    public String toString() {
        return "ModelMeta[" + this.name + "]";
    }

}
