package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigProperty;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code datasource} block: provider, URLs (optional, Prisma 6 style), relation
 * mode, schemas and PostgreSQL extensions.
 */
final class DatasourceLoader {

    /** Outcome of reading the provider. */
    enum Outcome {

        LOADED, FAILED, MONGODB

    }

    private final ValidationContext context;

    private final ConfigValues values;

    private final Coerce coerce;

    DatasourceLoader(ValidationContext context) {
        this.context = context;
        this.values = new ConfigValues(context);
        this.coerce = new Coerce(context);
    }

    Outcome load(ConfigBlock block) {
        String name = block.name().name();
        Map<String, ConfigProperty> properties = this.values.properties(block);
        if (properties == null) {
            return Outcome.FAILED;
        }
        ConfigProperty providerProperty = properties.remove("provider");
        if (providerProperty == null) {
            this.context.add(SchemaErrors.missingConfigProperty("provider", "datasource", name, block.span()));
            return Outcome.FAILED;
        }
        Expression providerValue = value(providerProperty);
        String providerName = providerName(name, providerValue);
        if (providerName == null) {
            return Outcome.FAILED;
        }
        if ("mongodb".equals(providerName)) {
            this.context.add(SchemaErrors.mongoDbNotSupported(providerValue.span()));
            return Outcome.MONGODB;
        }
        Provider provider = Provider.fromPrismaName(providerName);
        if (provider == null) {
            this.context.add(SchemaErrors.unknownProvider(providerName, providerValue.span()));
            return Outcome.FAILED;
        }
        Connector connector = Connector.of(provider);
        RelationMode relationMode = relationMode(properties);
        ConfigValue url = url(properties.remove("url"));
        ConfigValue directUrl = url(properties.remove("directUrl"));
        ConfigValue shadow = url(properties.remove("shadowDatabaseUrl"));
        checkShadowDatabase(name, properties, url, directUrl, shadow, block);
        ConfigProperty preview = properties.remove("previewFeatures");
        if (preview != null) {
            this.context.add(SchemaErrors.previewFeaturesInDatasource(preview.span()));
        }
        List<String> schemas = schemas(properties.remove("schemas"), connector);
        List<PostgresExtension> extensions = new ArrayList<>();
        ConfigProperty extensionsProperty = (provider == Provider.POSTGRESQL) ? properties.remove("extensions") : null;
        if (extensionsProperty != null) {
            extensions = new ExtensionsReader(this.context).read(value(extensionsProperty));
        }
        for (ConfigProperty unknown : properties.values()) {
            this.context
                .add(SchemaErrors.unknownConfigProperty(unknown.name().name(), "datasource", name, unknown.span()));
        }
        this.context.connector = connector;
        this.context.datasource = new Datasource(name, provider, providerName, url, directUrl, shadow, relationMode,
                schemas, extensions, block.documentation(), block.span());
        if (extensionsProperty != null) {
            this.context.extensionsSpan = extensionsProperty.span();
        }
        return Outcome.LOADED;
    }

    private @Nullable String providerName(String block, Expression value) {
        if (value instanceof Expression.FunctionCall function && "env".equals(function.name())) {
            this.context.add(SchemaErrors.providerFromEnv(value.span()));
            return null;
        }
        if (!(value instanceof Expression.StringLiteral string)) {
            this.context.add(SchemaErrors.providerNotString(block, value.span()));
            return null;
        }
        if (string.value().isEmpty()) {
            this.context.add(SchemaErrors.providerEmpty(block, value.span()));
            return null;
        }
        return string.value();
    }

    private RelationMode relationMode(Map<String, ConfigProperty> properties) {
        ConfigProperty relationMode = properties.remove("relationMode");
        ConfigProperty legacy = properties.remove("referentialIntegrity");
        if (legacy != null) {
            this.context.add(SchemaErrors.referentialIntegrityDeprecated(legacy.span()));
            if (relationMode != null) {
                this.context.add(SchemaErrors.relationModeTwice(legacy.span()));
                return RelationMode.FOREIGN_KEYS;
            }
            relationMode = legacy;
        }
        if (relationMode == null) {
            return RelationMode.FOREIGN_KEYS;
        }
        String mode = this.coerce.string(value(relationMode));
        if (mode == null) {
            return RelationMode.FOREIGN_KEYS;
        }
        if ("prisma".equals(mode)) {
            return RelationMode.PRISMA;
        }
        if (!"foreignKeys".equals(mode)) {
            this.context.add(SchemaErrors.invalidRelationMode(mode, value(relationMode).span()));
        }
        return RelationMode.FOREIGN_KEYS;
    }

    private @Nullable ConfigValue url(@Nullable ConfigProperty property) {
        return (property != null) ? this.values.stringOrEnv(value(property)) : null;
    }

    private void checkShadowDatabase(String name, Map<String, ConfigProperty> properties, @Nullable ConfigValue url,
            @Nullable ConfigValue directUrl, @Nullable ConfigValue shadow, ConfigBlock block) {
        if (shadow == null || (shadow instanceof ConfigValue.Literal literal && literal.value().isEmpty())) {
            return;
        }
        if (shadow.equals(directUrl)) {
            this.context.add(SchemaErrors.shadowDatabaseSameAsDirectUrl(name, spanOf(block, "directUrl")));
        }
        if (shadow.equals(url)) {
            this.context.add(SchemaErrors.shadowDatabaseSameAsUrl(name, spanOf(block, "url")));
        }
    }

    private List<String> schemas(@Nullable ConfigProperty property, Connector connector) {
        if (property == null) {
            return List.of();
        }
        Expression value = value(property);
        List<Expression.StringLiteral> literals = this.coerce.array(value,
                (element) -> (this.coerce.string(element) != null) ? (Expression.StringLiteral) element : null);
        if (literals == null) {
            return List.of();
        }
        if (literals.isEmpty()) {
            this.context.add(SchemaErrors.schemasEmpty(value.span()));
            return List.of();
        }
        if (!connector.has(Capability.MULTI_SCHEMA)) {
            this.context.add(SchemaErrors.schemasNotSupported(property.span()));
        }
        List<String> schemas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Expression.StringLiteral literal : literals) {
            if (!seen.add(literal.value())) {
                this.context.add(SchemaErrors.duplicateSchemaName(literal.value(), literal.span()));
                continue;
            }
            schemas.add(literal.value());
        }
        return schemas;
    }

    private static SourceSpan spanOf(ConfigBlock block, String key) {
        return block.properties()
            .stream()
            .filter((property) -> property.name().name().equals(key))
            .findFirst()
            .map(ConfigProperty::span)
            .orElse(block.span());
    }

    private static Expression value(ConfigProperty property) {
        Expression value = property.value();
        if (value == null) {
            throw new IllegalStateException("Property " + property.name().name() + " has no value");
        }
        return value;
    }

}
