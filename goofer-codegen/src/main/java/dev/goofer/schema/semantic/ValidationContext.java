package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.Diagnostics;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The state shared by the validation passes: the diagnostics collected so far, the
 * configuration, and the semantic objects as the passes build them.
 */
final class ValidationContext {

    final List<SchemaDocument> documents;

    final Diagnostics diagnostics = new Diagnostics();

    Connector connector = Connector.NONE;

    @Nullable Datasource datasource;

    final List<Generator> generators = new ArrayList<>();

    final Set<String> previewFeatures = new HashSet<>();

    final Map<String, Model> models = new LinkedHashMap<>();

    final Map<String, EnumType> enums = new LinkedHashMap<>();

    final Map<String, CompositeType> compositeTypes = new LinkedHashMap<>();

    final List<Relation> relations = new ArrayList<>();

    @Nullable SourceSpan extensionsSpan;

    final Map<Model, ModelState> modelStates = new java.util.IdentityHashMap<>();

    final Map<EnumType, SourceSpan> enumSchemaSpans = new java.util.IdentityHashMap<>();

    ValidationContext(List<SchemaDocument> documents) {
        this.documents = documents;
    }

    void add(Diagnostic diagnostic) {
        this.diagnostics.add(diagnostic);
    }

    boolean hasErrors() {
        return this.diagnostics.hasErrors();
    }

    boolean hasPreviewFeature(String feature) {
        return this.previewFeatures.stream().anyMatch((enabled) -> enabled.equalsIgnoreCase(feature));
    }

    boolean has(Capability capability) {
        return this.connector.has(capability);
    }

    RelationMode relationMode() {
        return (this.datasource != null) ? this.datasource.relationMode() : RelationMode.FOREIGN_KEYS;
    }

    ModelState state(Model model) {
        return this.modelStates.computeIfAbsent(model, (key) -> new ModelState());
    }

    Iterable<Model> models() {
        return this.models.values();
    }

}
