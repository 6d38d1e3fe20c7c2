package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigProperty;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the properties of configuration blocks: strings, {@code env("VAR")} and lists.
 */
final class ConfigValues {

    private final ValidationContext context;

    ConfigValues(ValidationContext context) {
        this.context = context;
    }

    /**
     * The properties of a block by key, in source order; duplicate keys and keys without
     * a value are reported, and {@code null} is returned when any key has no value.
     */
    @Nullable Map<String, ConfigProperty> properties(ConfigBlock block) {
        Map<String, ConfigProperty> properties = new LinkedHashMap<>();
        boolean complete = true;
        for (ConfigProperty property : block.properties()) {
            String key = property.name().name();
            if (properties.containsKey(key)) {
                this.context.add(SchemaErrors.duplicateConfigKey(block.describe(), block.name().name(), key,
                        property.name().span()));
                continue;
            }
            if (property.value() == null) {
                this.context.add(SchemaErrors.configPropertyWithoutValue(key, block.describe(), block.name().name(),
                        block.span()));
                complete = false;
            }
            properties.put(key, property);
        }
        return complete ? properties : null;
    }

    /**
     * A string literal or an {@code env("VAR")} call.
     */
    @Nullable ConfigValue stringOrEnv(Expression expression) {
        if (expression instanceof Expression.StringLiteral string) {
            return new ConfigValue.Literal(string.value());
        }
        if (expression instanceof Expression.FunctionCall function && "env".equals(function.name())) {
            return env(function);
        }
        this.context
            .add(SchemaErrors.stringOrEnvExpected(expression.describe(), expression.toSource(), expression.span()));
        return null;
    }

    /**
     * Any generator value: a string, {@code env()}, a list of values, or a literal as
     * written.
     */
    @Nullable ConfigValue any(Expression expression) {
        if (expression instanceof Expression.ArrayExpression array) {
            List<ConfigValue> values = new ArrayList<>();
            for (Expression element : array.elements()) {
                ConfigValue value = any(element);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return new ConfigValue.ListValue(values);
        }
        if (expression instanceof Expression.StringLiteral || expression instanceof Expression.FunctionCall) {
            return stringOrEnv(expression);
        }
        return new ConfigValue.Literal(expression.toSource());
    }

    private @Nullable ConfigValue env(Expression.FunctionCall function) {
        List<Argument> arguments = function.arguments().arguments();
        if (arguments.size() != 1 || !function.arguments().emptyArguments().isEmpty()
                || !(arguments.get(0).value() instanceof Expression.StringLiteral variable)) {
            this.context.add(SchemaErrors.envArguments(function.span()));
            return null;
        }
        if (arguments.get(0).name() != null) {
            this.context.add(SchemaErrors.envNamedArgument(function.span()));
        }
        return new ConfigValue.EnvVar(variable.value());
    }

}
