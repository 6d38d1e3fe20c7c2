package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A {@code model} (a table) or {@code view} block. Immutable once the schema is resolved.
 */
public final class Model {

    private final ModelDeclaration declaration;

    List<Field> fields = new ArrayList<>();

    @Nullable String mappedName;

    @Nullable String schema;

    boolean ignored;

    @Nullable PrimaryKey primaryKey;

    List<Index> indexes = new ArrayList<>();

    @Nullable ShardKey shardKey;

    Model(ModelDeclaration declaration) {
        this.declaration = declaration;
    }

    /**
     * Return the model name.
     * @return the name
     */
    public String name() {
        return this.declaration.name().name();
    }

    /**
     * Whether this is a {@code view} block: read-only, never created by DDL.
     * @return whether the model is a view
     */
    public boolean isView() {
        return this.declaration.kind() == BlockKind.VIEW;
    }

    /**
     * Return the table (or view) name from {@code @@map}.
     * @return the mapped name, or {@code null}
     */
    public @Nullable String mappedName() {
        return this.mappedName;
    }

    /**
     * Return the table (or view) name in the database.
     * @return the mapped name, or the name
     */
    public String databaseName() {
        return (this.mappedName != null) ? this.mappedName : name();
    }

    /**
     * Return the database schema from {@code @@schema}.
     * @return the schema, or {@code null}
     */
    public @Nullable String schema() {
        return this.schema;
    }

    /**
     * Whether the model carries {@code @@ignore}: it exists in the database but not in
     * the client.
     * @return whether the model is ignored
     */
    public boolean isIgnored() {
        return this.ignored;
    }

    /**
     * Return all fields in schema order.
     * @return the fields
     */
    public List<Field> fields() {
        return Collections.unmodifiableList(this.fields);
    }

    /**
     * Return the scalar (column) fields in schema order.
     * @return the scalar fields
     */
    public List<ScalarField> scalarFields() {
        return this.fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
    }

    /**
     * Return the relation fields in schema order.
     * @return the relation fields
     */
    public List<RelationField> relationFields() {
        return this.fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
    }

    /**
     * Find a field by name.
     * @param name the field name
     * @return the field, if any
     */
    public Optional<Field> findField(String name) {
        return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
    }

    /**
     * Find a scalar field by name.
     * @param name the field name
     * @return the field, if it exists and is a scalar field
     */
    public Optional<ScalarField> findScalarField(String name) {
        return findField(name).filter(ScalarField.class::isInstance).map(ScalarField.class::cast);
    }

    /**
     * Find a relation field by name.
     * @param name the field name
     * @return the field, if it exists and is a relation field
     */
    public Optional<RelationField> findRelationField(String name) {
        return findField(name).filter(RelationField.class::isInstance).map(RelationField.class::cast);
    }

    /**
     * Return the primary key.
     * @return the primary key, or {@code null} when the model has none (views, or models
     * identified by a unique constraint only)
     */
    public @Nullable PrimaryKey primaryKey() {
        return this.primaryKey;
    }

    /**
     * Return all indexes and unique constraints: field-level {@code @unique} first, then
     * the block attributes, each group in schema order.
     * @return the indexes
     */
    public List<Index> indexes() {
        return Collections.unmodifiableList(this.indexes);
    }

    /**
     * Return the unique constraints.
     * @return the unique indexes
     */
    public List<Index> uniqueIndexes() {
        return this.indexes.stream().filter(Index::isUnique).toList();
    }

    /**
     * Return the ways a record can be identified: the primary key first (if any), then
     * each unique constraint whose fields are all required.
     * @return lists of fields, each one unique in the model
     */
    public List<List<ScalarField>> uniqueCriteria() {
        List<List<ScalarField>> criteria = new ArrayList<>();
        if (this.primaryKey != null) {
            criteria.add(this.primaryKey.scalarFields());
        }
        for (Index index : this.indexes) {
            if (index.isUnique() && index.scalarFields().stream().allMatch(ScalarField::isRequired)) {
                criteria.add(index.scalarFields());
            }
        }
        return criteria;
    }

    /**
     * Return the shard key.
     * @return the shard key, or {@code null}
     */
    public @Nullable ShardKey shardKey() {
        return this.shardKey;
    }

    /**
     * Return the {@code ///} documentation.
     * @return the documentation, or {@code null}
     */
    public @Nullable String documentation() {
        return this.declaration.documentation();
    }

    /**
     * Return the span of the block.
     * @return the span
     */
    public SourceSpan span() {
        return this.declaration.span();
    }

    /**
     * Return the syntax tree of the model.
     * @return the declaration
     */
    public ModelDeclaration declaration() {
        return this.declaration;
    }

    String keyword() {
        return this.declaration.kind().keyword();
    }

    void freeze() {
        this.fields = List.copyOf(this.fields);
        this.indexes = List.copyOf(this.indexes);
    }

    @Override
    public String toString() {
        return keyword() + " " + name();
    }

}
