package dev.goofer.schema.semantic;

import java.util.List;
import java.util.stream.Collectors;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@code @db.X(args)} against the provider: the prefix names the datasource, the
 * type exists, the argument count and values fit, and the type can back the field's
 * scalar type.
 */
final class NativeTypeRules {

    private final ValidationContext context;

    NativeTypeRules(ValidationContext context) {
        this.context = context;
    }

    void check(ScalarField field) {
        NativeType nativeType = field.nativeType;
        Attribute attribute = field.nativeTypeAttribute;
        ScalarType scalarType = field.scalarType();
        if (nativeType == null || attribute == null || scalarType == null) {
            return;
        }
        SourceSpan span = attribute.span();
        Datasource datasource = this.context.datasource;
        String name = attribute.name().name();
        String prefix = name.substring(0, name.indexOf('.'));
        if (datasource == null) {
            this.context.add(SchemaErrors.nativeTypeWithoutDatasource(attribute.displayName(), span));
            return;
        }
        if (!datasource.name().equals(prefix)) {
            this.context.add(SchemaErrors.nativeTypePrefix(prefix, datasource.name(),
                    datasource.name() + "." + nativeType.name(), span));
        }
        NativeTypeSpec spec = this.context.connector.nativeTypes().get(nativeType.name());
        if (spec == null) {
            this.context
                .add(SchemaErrors.unknownNativeType(nativeType.name(), this.context.connector.providerName(), span));
            return;
        }
        int given = nativeType.arguments().size();
        if (given < spec.requiredArguments() || (given > spec.requiredArguments() && spec.optionalArguments() == 0)) {
            this.context
                .add(SchemaErrors.nativeTypeArgumentCount(nativeType.name(), spec.requiredArguments(), given, span));
            return;
        }
        if (given > spec.requiredArguments() + spec.optionalArguments()) {
            this.context.add(SchemaErrors.nativeTypeOptionalArgumentCount(nativeType.name(), spec.optionalArguments(),
                    given, span));
            return;
        }
        if (!spec.scalarTypes().contains(scalarType)) {
            String expected = spec.scalarTypes()
                .stream()
                .sorted()
                .map(ScalarType::prismaName)
                .collect(Collectors.joining(" or "));
            this.context
                .add(SchemaErrors.nativeTypeIncompatible(nativeType.name(), scalarType.prismaName(), expected, span));
            return;
        }
        List<Long> values = arguments(spec, nativeType, span);
        if (values != null) {
            new NativeTypeRanges(this.context).check(nativeType, values, scalarType, span);
        }
    }

    /**
     * Parse the arguments, or report them and return {@code null}; {@code -1} stands for
     * SQL Server's {@code Max}.
     */
    private @Nullable List<Long> arguments(NativeTypeSpec spec, NativeType nativeType, SourceSpan span) {
        List<String> arguments = nativeType.arguments();
        boolean pair = spec.argumentKind() == NativeTypeSpec.ArgumentKind.NUMBERS;
        if (pair && arguments.size() == 1) {
            reportArguments(spec, arguments, span);
            return null;
        }
        List<Long> values = new java.util.ArrayList<>();
        for (String argument : arguments) {
            if (spec.argumentKind() == NativeTypeSpec.ArgumentKind.NUMBER_OR_MAX && "max".equalsIgnoreCase(argument)) {
                values.add(-1L);
                continue;
            }
            try {
                long value = Long.parseLong(argument);
                if (value < 0 || value > 0xFFFFFFFFL) {
                    throw new NumberFormatException(argument);
                }
                values.add(value);
            }
            catch (NumberFormatException ex) {
                reportArguments(spec, arguments, span);
                return null;
            }
        }
        return values;
    }

    private void reportArguments(NativeTypeSpec spec, List<String> arguments, SourceSpan span) {
        this.context.add(SchemaErrors.nativeTypeArgument(spec.argumentKind().description(),
                "(" + String.join(", ", arguments) + ")", span));
    }

}
