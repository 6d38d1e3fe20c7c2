package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigProperty;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code generator} block, keeping unknown keys (such as Goofer's
 * {@code package}) as generator configuration.
 */
final class GeneratorLoader {

    private final ValidationContext context;

    private final ConfigValues values;

    private final Coerce coerce;

    GeneratorLoader(ValidationContext context) {
        this.context = context;
        this.values = new ConfigValues(context);
        this.coerce = new Coerce(context);
    }

    void load(ConfigBlock block) {
        String name = block.name().name();
        Map<String, ConfigProperty> properties = this.values.properties(block);
        if (properties == null) {
            return;
        }
        ConfigProperty engineType = properties.get("engineType");
        if (engineType != null && !(value(engineType) instanceof Expression.StringLiteral)) {
            this.coerce.string(value(engineType));
        }
        ConfigProperty providerProperty = properties.remove("provider");
        if (providerProperty == null) {
            this.context.add(SchemaErrors.missingConfigProperty("provider", "generator", name, block.span()));
            return;
        }
        ConfigValue provider = this.values.stringOrEnv(value(providerProperty));
        ConfigProperty outputProperty = properties.remove("output");
        ConfigValue output = (outputProperty != null) ? this.values.stringOrEnv(value(outputProperty)) : null;
        List<ConfigValue> binaryTargets = binaryTargets(properties.remove("binaryTargets"));
        List<String> previewFeatures = new ArrayList<>();
        ConfigProperty preview = properties.remove("previewFeatures");
        if (preview != null) {
            List<String> features = this.coerce.array(value(preview), this.coerce::string);
            if (features != null) {
                previewFeatures.addAll(features);
                PreviewFeatures.validate(features, value(preview).span(), this.context);
            }
        }
        Map<String, ConfigValue> config = new LinkedHashMap<>();
        for (ConfigProperty property : properties.values()) {
            ConfigValue value = this.values.any(value(property));
            if (value != null) {
                config.put(property.name().name(), value);
            }
        }
        if (provider != null) {
            this.context.generators.add(new Generator(name, provider, output, previewFeatures, binaryTargets, config,
                    block.documentation(), block.span()));
        }
    }

    private List<ConfigValue> binaryTargets(@Nullable ConfigProperty property) {
        if (property == null) {
            return List.of();
        }
        List<ConfigValue> targets = this.coerce.array(value(property), this.values::stringOrEnv);
        return (targets != null) ? targets : List.of();
    }

    private static Expression value(ConfigProperty property) {
        Expression value = property.value();
        if (value == null) {
            throw new IllegalStateException("Property " + property.name().name() + " has no value");
        }
        return value;
    }

}
