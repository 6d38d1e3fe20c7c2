package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code extensions = [pg_trgm, postgis(schema: "gis", version: "3.4")]}.
 */
final class ExtensionsReader {

    private final ValidationContext context;

    private final Coerce coerce;

    ExtensionsReader(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
    }

    List<PostgresExtension> read(Expression value) {
        List<Expression> elements = (value instanceof Expression.ArrayExpression array) ? array.elements()
                : List.of(value);
        List<PostgresExtension> extensions = new ArrayList<>();
        for (Expression element : elements) {
            PostgresExtension extension = extension(element);
            if (extension != null) {
                extensions.add(extension);
            }
        }
        return extensions;
    }

    private @Nullable PostgresExtension extension(Expression element) {
        if (element instanceof Expression.ConstantValue constant) {
            return new PostgresExtension(constant.name(), null, null, null, element.span());
        }
        if (!(element instanceof Expression.FunctionCall function)) {
            this.context.add(SchemaErrors.typeMismatch("constant or function", element.describe(), element.toSource(),
                    element.span()));
            return null;
        }
        Map<String, Argument> arguments = new HashMap<>();
        for (Argument argument : function.arguments().arguments()) {
            if (argument.name() == null) {
                this.context.add(SchemaErrors.unnamedExtensionArgument(argument.span()));
            }
            else if (arguments.putIfAbsent(argument.name().name(), argument) != null) {
                this.context.add(SchemaErrors.duplicateExtensionArgument(argument.name().name(), argument.span()));
            }
        }
        String map = string(arguments.remove("map"));
        String schema = string(arguments.remove("schema"));
        String version = string(arguments.remove("version"));
        for (Argument unknown : arguments.values()) {
            this.context.add(SchemaErrors.unknownExtensionArgument(unknown.name().name(), unknown.span()));
        }
        return new PostgresExtension(function.name(), map, schema, version, element.span());
    }

    private @Nullable String string(@Nullable Argument argument) {
        return (argument != null) ? this.coerce.string(argument.value()) : null;
    }

}
