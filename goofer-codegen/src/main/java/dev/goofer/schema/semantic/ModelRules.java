package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * Model-level capability rules: a unique criterion, the primary key's shape and what the
 * provider supports of it, {@code autoincrement()}, shard keys and {@code @@schema}.
 */
final class ModelRules {

    private final ValidationContext context;

    ModelRules(ValidationContext context) {
        this.context = context;
    }

    void check(Model model) {
        if (!model.isView()) {
            strictUniqueCriterion(model);
        }
        PrimaryKey key = model.primaryKey;
        if (key != null) {
            primaryKey(model, key);
        }
        autoincrement(model);
        shardKey(model);
        schema(model);
    }

    private void strictUniqueCriterion(Model model) {
        if (model.isIgnored()) {
            return;
        }
        List<List<ScalarField>> criteria = RelationRules.criteria(model);
        boolean strict = criteria.stream()
            .anyMatch((criterion) -> criterion.stream().allMatch(ScalarField::isRequired)
                    && criterion.stream().noneMatch((field) -> field.kind() == FieldKind.UNSUPPORTED));
        if (strict) {
            return;
        }
        List<String> loose = new ArrayList<>();
        for (List<ScalarField> criterion : criteria) {
            loose.add(String.join(", ", criterion.stream().map(ScalarField::name).toList()));
        }
        this.context.add(SchemaErrors.noUniqueCriterion(model.keyword(), model.name(), loose, model.span()));
    }

    private void primaryKey(Model model, PrimaryKey key) {
        String attribute = key.definedOnField() ? "@id" : "@@id";
        if (key.fields().isEmpty()) {
            this.context.add(SchemaErrors.invalidAttribute(attribute, "The list of fields in an `" + attribute
                    + "()` attribute cannot be empty. Please specify at least one field.", key.span()));
        }
        if (key.fields().size() > 1) {
            String clientName = String.join("_", key.fieldNames());
            if (key.name() == null && model.scalarFields().stream().anyMatch((f) -> f.name().equals(clientName))) {
                this.context.add(SchemaErrors.invalidModel(model.keyword(), model.name(), "The field `" + clientName
                        + "` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom "
                        + "id name: `@@id([...], name: \"custom_name\")`", key.span()));
            }
        }
        if (key.mappedName() != null && !this.context.has(Capability.NAMED_PRIMARY_KEYS)) {
            this.context
                .add(SchemaErrors.invalidModel(model.keyword(), model.name(),
                        "You defined a database name for "
                                + "the primary key on the model. This is not supported by the provider.",
                        model.span()));
        }
        if (key.fields().stream().anyMatch((field) -> field.length() != null)) {
            if (!this.context.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING)) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "The length argument is not supported in the " + "primary key with the current connector",
                        key.span()));
            }
            else {
                IndexRules.lengthOnlyOnStringOrBytes(key.fields(), attribute, key.span(), this.context);
            }
        }
        if (!this.context.has(Capability.PRIMARY_KEY_SORT_ORDER_DEFINITION)
                && key.fields().stream().anyMatch((field) -> field.sortOrder() != null)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The sort argument is not supported in the " + "primary key with the current connector",
                    key.span()));
        }
        clustering(model, key, attribute);
    }

    private void clustering(Model model, PrimaryKey key, String attribute) {
        if (!this.context.has(Capability.CLUSTERING_SETTING)) {
            if (key.clustered() != null) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "Defining clustering is not supported in the current connector.", key.span()));
            }
            return;
        }
        if (Boolean.FALSE.equals(key.clustered())) {
            return;
        }
        if (model.indexes.stream().anyMatch((index) -> Boolean.TRUE.equals(index.clustered()))) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "A model can only hold one clustered index or id.", key.span()));
        }
    }

    private void autoincrement(Model model) {
        List<ScalarField> fields = model.scalarFields()
            .stream()
            .filter((field) -> field.defaultValue() instanceof DefaultValue.Autoincrement)
            .toList();
        if (fields.isEmpty()) {
            return;
        }
        if (!this.context.has(Capability.AUTO_INCREMENT_MULTIPLE_ALLOWED) && fields.size() > 1) {
            this.context.add(SchemaErrors.invalidDefault(
                    "The `autoincrement()` default value is used multiple times on "
                            + "this model even though the underlying datasource only supports one instance per table.",
                    model.span()));
        }
        for (ScalarField field : fields) {
            if (!this.context.has(Capability.AUTO_INCREMENT_ALLOWED_ON_NON_ID) && !field.isId()) {
                this.context.add(SchemaErrors.invalidDefault("The `autoincrement()` default value is used on a non-id "
                        + "field even though the datasource does not support this.", field.span()));
            }
            if (!this.context.has(Capability.AUTO_INCREMENT_NON_INDEXED_ALLOWED) && !indexed(model, field)) {
                this.context.add(SchemaErrors.invalidDefault("The `autoincrement()` default value is used on a "
                        + "non-indexed field even though the datasource does not support this.", field.span()));
            }
            if (this.context.connector.is(Provider.COCKROACHDB) && field.scalarType() == ScalarType.INT
                    && field.defaultAttribute != null) {
                this.context
                    .add(SchemaErrors.invalidDefault("The `autoincrement()` default function is defined only on "
                            + "BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.",
                            field.defaultAttribute.span()));
            }
        }
    }

    private static boolean indexed(Model model, ScalarField field) {
        if (model.primaryKey != null && !model.primaryKey.fields().isEmpty()
                && model.primaryKey.fields().get(0).field() == field) {
            return true;
        }
        return model.indexes.stream()
            .anyMatch((index) -> !index.fields().isEmpty() && index.fields().get(0).field() == field);
    }

    private void shardKey(Model model) {
        ShardKey shardKey = model.shardKey;
        if (shardKey == null) {
            return;
        }
        String attribute = shardKey.definedOnField() ? "@shardKey" : "@@shardKey";
        if (shardKey.fields().isEmpty()) {
            this.context
                .add(SchemaErrors.invalidAttribute(attribute,
                        "The list of fields in a `" + attribute
                                + "()` attribute cannot be empty. Please specify at least one field.",
                        shardKey.span()));
        }
        if (!this.context.hasPreviewFeature("shardKeys")) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "Defining shard keys requires enabling the `shardKeys` preview feature", shardKey.span()));
        }
        if (!this.context.has(Capability.SHARD_KEYS)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "Shard keys are not currently supported for " + "provider " + this.context.connector.providerName(),
                    shardKey.span()));
        }
    }

    private void schema(Model model) {
        Datasource datasource = this.context.datasource;
        SourceSpan span = this.context.state(model).schemaSpan;
        String schema = model.schema;
        if (span != null && !this.context.has(Capability.MULTI_SCHEMA)) {
            this.context.add(SchemaErrors.schemaAttributeNotSupported(span));
            return;
        }
        if (span != null && schema != null && (datasource == null || !datasource.schemas().contains(schema))) {
            this.context.add(SchemaErrors.schemaNotDefined(schema, span));
        }
        if (span == null && datasource != null && !datasource.schemas().isEmpty()
                && this.context.has(Capability.MULTI_SCHEMA)) {
            this.context.add(SchemaErrors.missingSchemaAttribute(model.keyword(), model.name(), model.span()));
        }
    }

}
