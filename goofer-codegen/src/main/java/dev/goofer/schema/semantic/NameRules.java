package dev.goofer.schema.semantic;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Database name rules: models, views and enums have distinct database names per schema,
 * constraint names are unique in the namespaces the provider requires, client names of
 * keys are unique per model, and mapped constraint names fit the provider's identifier
 * length.
 */
final class NameRules {

    private final ValidationContext context;

    private final Map<String, Integer> counts = new HashMap<>();

    private final Set<String> scopes;

    NameRules(ValidationContext context) {
        this.context = context;
        this.scopes = scopes(context.connector.provider());
    }

    private static Set<String> scopes(@Nullable Provider provider) {
        if (provider == null) {
            return Set.of();
        }
        return switch (provider) {
            case POSTGRESQL -> Set.of("GlobalPrimaryKeyKeyIndex", "ModelPrimaryKeyKeyIndexForeignKey");
            case COCKROACHDB -> Set.of("ModelPrimaryKeyKeyIndexForeignKey");
            case MYSQL -> Set.of("GlobalForeignKey", "ModelKeyIndex");
            case SQLITE -> Set.of("GlobalKeyIndex");
            case SQLSERVER -> Set.of("GlobalPrimaryKeyForeignKeyDefault", "ModelPrimaryKeyKeyIndex");
        };
    }

    void check() {
        databaseNames();
        enumDatabaseNames();
        collect();
        for (Model model : this.context.models()) {
            constraints(model);
        }
        for (Relation relation : this.context.relations) {
            foreignKey(relation);
        }
    }

    private void databaseNames() {
        Map<String, Model> seen = new HashMap<>();
        for (Model model : this.context.models()) {
            String key = model.schema + "\u0000" + model.databaseName();
            Model existing = seen.putIfAbsent(key, model);
            if (existing == null) {
                continue;
            }
            Model mapped = (model.mappedName != null) ? model : existing;
            Attribute map = this.context.state(mapped).mapAttribute;
            SourceSpan span = (map != null) ? map.span() : mapped.span();
            String other = (mapped == model) ? existing.name() : model.name();
            this.context
                .add(SchemaErrors.duplicateModelDatabaseName(model.keyword(), model.databaseName(), other, span));
        }
    }

    private void enumDatabaseNames() {
        Map<String, EnumType> seen = new HashMap<>();
        for (EnumType enumType : this.context.enums.values()) {
            if (seen.putIfAbsent(enumType.schema + "\u0000" + enumType.databaseName(), enumType) != null) {
                this.context.add(SchemaErrors.duplicateEnumDatabaseName(enumType.name(), enumType.databaseName(),
                        enumType.span()));
            }
        }
    }

    private void collect() {
        for (Model model : this.context.models()) {
            String global = "global\u0000" + model.schema;
            String local = "model\u0000" + model.name();
            String primaryKey = (model.primaryKey != null) ? model.primaryKey.databaseName() : null;
            if (primaryKey != null) {
                count(global, primaryKey, "GlobalPrimaryKeyKeyIndex", "GlobalPrimaryKeyForeignKeyDefault");
                count(local, primaryKey, "ModelPrimaryKeyKeyIndex", "ModelPrimaryKeyKeyIndexForeignKey");
            }
            for (Index index : model.indexes) {
                count(global, index.databaseName(), "GlobalKeyIndex", "GlobalPrimaryKeyKeyIndex");
                count(local, index.databaseName(), "ModelKeyIndex", "ModelPrimaryKeyKeyIndex",
                        "ModelPrimaryKeyKeyIndexForeignKey");
            }
            for (ScalarField field : model.scalarFields()) {
                if (field.defaultValue != null && this.context.connector.is(Provider.SQLSERVER)) {
                    count(global, defaultName(model, field), "GlobalPrimaryKeyForeignKeyDefault");
                }
            }
        }
        for (Relation relation : this.context.relations) {
            String name = relation.foreignKeyName();
            if (name != null) {
                Model model = relation.modelA();
                count("global\u0000" + model.schema, name, "GlobalForeignKey", "GlobalPrimaryKeyForeignKeyDefault");
                count("model\u0000" + model.name(), name, "ModelPrimaryKeyKeyIndexForeignKey");
            }
        }
    }

    private void count(String namespace, String name, String... candidateScopes) {
        for (String scope : candidateScopes) {
            if (this.scopes.contains(scope)) {
                this.counts.merge(scope + "\u0000" + namespace + "\u0000" + name, 1, Integer::sum);
            }
        }
    }

    private @Nullable String violation(Model model, String name, List<String> candidateScopes) {
        for (String scope : candidateScopes) {
            String namespace = scope.startsWith("Global") ? "global\u0000" + model.schema
                    : "model\u0000" + model.name();
            Integer count = this.counts.get(scope + "\u0000" + namespace + "\u0000" + name);
            if (count != null && count > 1) {
                return describe(scope, model.name());
            }
        }
        return null;
    }

    private void constraints(Model model) {
        PrimaryKey key = model.primaryKey;
        if (key != null && key.databaseName() != null) {
            String attribute = key.definedOnField() ? "@id" : "@@id";
            String clash = violation(model, key.databaseName(), List.of("GlobalPrimaryKeyForeignKeyDefault",
                    "GlobalPrimaryKeyKeyIndex", "ModelPrimaryKeyKeyIndex", "ModelPrimaryKeyKeyIndexForeignKey"));
            if (clash != null) {
                this.context.add(SchemaErrors.constraintNameClash(attribute, key.databaseName(), clash, key.span()));
            }
            tooLong(model, key.mappedName(), attribute, key.span());
        }
        Map<String, Integer> customNames = new HashMap<>();
        if (key != null && key.name() != null) {
            customNames.merge(key.name(), 1, Integer::sum);
        }
        model.indexes.stream()
            .filter((i) -> i.name() != null)
            .forEach((i) -> customNames.merge(i.name(), 1, Integer::sum));
        if (key != null && key.name() != null && customNames.get(key.name()) > 1) {
            this.context.add(SchemaErrors.customNameClash("@@id", key.name(), key.span()));
        }
        for (Index index : model.indexes) {
            String attribute = IndexRules.attributeName(index);
            String clash = violation(model, index.databaseName(),
                    List.of("GlobalKeyIndex", "GlobalPrimaryKeyKeyIndex", "ModelKeyIndex", "ModelPrimaryKeyKeyIndex"));
            if (clash != null) {
                this.context
                    .add(SchemaErrors.constraintNameClash(attribute, index.databaseName(), clash, index.span()));
            }
            if (index.name() != null && customNames.get(index.name()) > 1) {
                this.context.add(SchemaErrors.customNameClash(attribute, index.name(), index.span()));
            }
            tooLong(model, index.mappedName(), attribute, index.span());
            fieldNameTaken(model, index);
        }
    }

    private void fieldNameTaken(Model model, Index index) {
        if (index.name() != null && model.findField(index.name()).isPresent()) {
            String attribute = index.isUnique() ? "@@unique" : "@@index";
            this.context.add(SchemaErrors.invalidModel(model.keyword(), model.name(),
                    "The custom name `" + index.name() + "` specified for the `" + attribute
                            + "` attribute is already used as a name for a field. " + "Please choose a different name.",
                    model.span()));
        }
    }

    private void foreignKey(Relation relation) {
        String name = relation.foreignKeyName();
        if (name == null) {
            return;
        }
        RelationField field = relation.fieldA();
        SourceSpan span = (field.relationAttribute != null) ? field.relationAttribute.span() : field.span();
        String clash = violation(relation.modelA(), name,
                List.of("GlobalForeignKey", "GlobalPrimaryKeyForeignKeyDefault", "ModelPrimaryKeyKeyIndexForeignKey"));
        if (clash != null) {
            this.context.add(SchemaErrors.constraintNameClash("@relation", name, clash, span));
        }
        tooLong(relation.modelA(), field.mappedName, "@relation", span);
    }

    private void tooLong(Model model, @Nullable String mapped, String attribute, SourceSpan span) {
        int limit = this.context.connector.maxIdentifierLength();
        if (mapped != null && mapped.getBytes(StandardCharsets.UTF_8).length > limit) {
            this.context
                .add(SchemaErrors.constraintNameTooLong(model.keyword(), model.name(), mapped, attribute, limit, span));
        }
    }

    private String defaultName(Model model, ScalarField field) {
        return (field.defaultMappedName != null) ? field.defaultMappedName
                : ConstraintNames.defaultValue(model.databaseName(), field.databaseName(), this.context.connector);
    }

    private static String describe(String scope, String model) {
        return switch (scope) {
            case "GlobalKeyIndex" -> "global for indexes and unique constraints";
            case "GlobalForeignKey" -> "global for foreign keys";
            case "GlobalPrimaryKeyKeyIndex" -> "global for primary key, indexes and unique constraints";
            case "GlobalPrimaryKeyForeignKeyDefault" -> "global for primary keys, foreign keys and default constraints";
            case "ModelKeyIndex" -> "on model `" + model + "` for indexes and unique constraints";
            case "ModelPrimaryKeyKeyIndex" ->
                "on model `" + model + "` for primary key, indexes and unique constraints";
            default -> "on model `" + model + "` for primary key, indexes, unique constraints and foreign keys";
        };
    }

}
