package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * A validated schema: its configuration, models and views, enums, composite types and
 * relations, with the warnings found. Everything reachable from it is immutable.
 */
public final class ResolvedSchema {

    private final List<SchemaDocument> documents;

    private final @Nullable Datasource datasource;

    private final List<Generator> generators;

    private final Set<String> previewFeatures;

    private final List<Model> models;

    private final List<EnumType> enums;

    private final List<CompositeType> compositeTypes;

    private final List<Relation> relations;

    private final List<Diagnostic> warnings;

    ResolvedSchema(List<SchemaDocument> documents, @Nullable Datasource datasource, List<Generator> generators,
            Set<String> previewFeatures, List<Model> models, List<EnumType> enums, List<CompositeType> compositeTypes,
            List<Relation> relations, List<Diagnostic> warnings) {
        this.documents = List.copyOf(documents);
        this.datasource = datasource;
        this.generators = List.copyOf(generators);
        this.previewFeatures = Set.copyOf(previewFeatures);
        this.models = List.copyOf(models);
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.relations = List.copyOf(relations);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Return the syntax trees of the schema files, in load order.
     * @return the documents
     */
    public List<SchemaDocument> documents() {
        return this.documents;
    }

    /**
     * Return the datasource.
     * @return the datasource, or {@code null} when the schema declares none
     */
    public @Nullable Datasource datasource() {
        return this.datasource;
    }

    /**
     * Return the provider of the datasource.
     * @return the provider, or {@code null} when the schema declares no datasource
     */
    public @Nullable Provider provider() {
        return (this.datasource != null) ? this.datasource.provider() : null;
    }

    /**
     * Return the relation mode of the datasource.
     * @return the relation mode, {@link RelationMode#FOREIGN_KEYS} by default
     */
    public RelationMode relationMode() {
        return (this.datasource != null) ? this.datasource.relationMode() : RelationMode.FOREIGN_KEYS;
    }

    /**
     * Return the generators in schema order.
     * @return the generators
     */
    public List<Generator> generators() {
        return this.generators;
    }

    /**
     * Find a generator by block name.
     * @param name the generator name
     * @return the generator, if any
     */
    public Optional<Generator> findGenerator(String name) {
        return this.generators.stream().filter((generator) -> generator.name().equals(name)).findFirst();
    }

    /**
     * Return the preview features enabled by all generators.
     * @return the feature names as written
     */
    public Set<String> previewFeatures() {
        return this.previewFeatures;
    }

    /**
     * Return all {@code model} and {@code view} blocks in schema order (files in load
     * order); use {@link Model#isView()} to tell them apart.
     * @return the models and views
     */
    public List<Model> models() {
        return this.models;
    }

    /**
     * Return only the {@code model} blocks: the tables.
     * @return the tables
     */
    public List<Model> tables() {
        return this.models.stream().filter((model) -> !model.isView()).toList();
    }

    /**
     * Return only the {@code view} blocks.
     * @return the views
     */
    public List<Model> views() {
        return this.models.stream().filter(Model::isView).toList();
    }

    /**
     * Find a model or view by name.
     * @param name the name
     * @return the model, if any
     */
    public Optional<Model> findModel(String name) {
        return this.models.stream().filter((model) -> model.name().equals(name)).findFirst();
    }

    /**
     * Return a model or view by name.
     * @param name the name
     * @return the model
     * @throws IllegalArgumentException if there is no such model
     */
    public Model model(String name) {
        return findModel(name).orElseThrow(() -> new IllegalArgumentException("No model named \"" + name + "\""));
    }

    /**
     * Return the enums in schema order.
     * @return the enums
     */
    public List<EnumType> enums() {
        return this.enums;
    }

    /**
     * Find an enum by name.
     * @param name the name
     * @return the enum, if any
     */
    public Optional<EnumType> findEnum(String name) {
        return this.enums.stream().filter((enumType) -> enumType.name().equals(name)).findFirst();
    }

    /**
     * Return the composite types in schema order (MongoDB only, so empty for SQL
     * schemas).
     * @return the composite types
     */
    public List<CompositeType> compositeTypes() {
        return this.compositeTypes;
    }

    /**
     * Return every relation once.
     * @return the relations
     */
    public List<Relation> relations() {
        return this.relations;
    }

    /**
     * Return the warnings found while validating; they never make a schema invalid.
     * @return the warnings
     */
    public List<Diagnostic> warnings() {
        return this.warnings;
    }

}
