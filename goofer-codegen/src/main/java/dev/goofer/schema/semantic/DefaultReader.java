package dev.goofer.schema.semantic;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code @default(...)}: literals checked against the field type, enum values,
 * lists and the default functions with Prisma's argument rules.
 */
final class DefaultReader {

    private static final Set<String> KNOWN_FUNCTIONS = Set.of("autoincrement", "sequence", "now", "uuid", "cuid",
            "ulid", "nanoid", "dbgenerated", "auto");

    private final ValidationContext context;

    DefaultReader(ValidationContext context) {
        this.context = context;
    }

    @Nullable DefaultValue read(ScalarField field, Expression value, boolean named, SourceSpan span) {
        if (value instanceof Expression.FunctionCall function && "dbgenerated".equals(function.name())) {
            return dbGenerated(function, span);
        }
        return switch (field.kind()) {
            case COMPOSITE -> error("Defaults on fields of type composite are not supported. Please remove the "
                    + "`@default` attribute.", span);
            case UNSUPPORTED -> error("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.", span);
            case ENUM -> field.isList() ? enumList(field, value, span) : enumValue(field, value, span);
            case SCALAR, RELATION -> builtIn(field, value, named, span);
        };
    }

    private @Nullable DefaultValue builtIn(ScalarField field, Expression value, boolean named, SourceSpan span) {
        ScalarType type = field.scalarType();
        if (type == null) {
            return null;
        }
        if (value instanceof Expression.FunctionCall function) {
            return function(type, function, named, span);
        }
        if (field.isList()) {
            if (!(value instanceof Expression.ArrayExpression array)) {
                return error("The default value of a list field must be a list.", span);
            }
            List<DefaultValue> values = new ArrayList<>();
            for (Expression element : array.elements()) {
                DefaultValue literal = literal(type, element, span);
                if (literal == null) {
                    return null;
                }
                values.add(literal);
            }
            return new DefaultValue.ListLiteral(values);
        }
        if (value instanceof Expression.ArrayExpression) {
            return error("The default value of a non-list field cannot be a list.", span);
        }
        return literal(type, value, span);
    }

    private @Nullable DefaultValue literal(ScalarType type, Expression value, SourceSpan span) {
        if (value instanceof Expression.StringLiteral string && acceptsString(type)) {
            return checked(type, string.value(), value.span()) ? new DefaultValue.StringLiteral(string.value()) : null;
        }
        if (value instanceof Expression.NumericLiteral number && acceptsNumber(type)) {
            return checkedNumber(type, number, value.span()) ? new DefaultValue.NumberLiteral(number.text()) : null;
        }
        if (type == ScalarType.BOOLEAN && value instanceof Expression.ConstantValue constant) {
            if ("true".equals(constant.name()) || "false".equals(constant.name())) {
                return new DefaultValue.BooleanLiteral(Boolean.parseBoolean(constant.name()));
            }
            return error("A boolean literal must be `true` or `false`.", value.span());
        }
        this.context.add(SchemaErrors.defaultLiteralNotForType(type.prismaName(), value.toSource(), span));
        return null;
    }

    private static boolean acceptsString(ScalarType type) {
        return type == ScalarType.STRING || type == ScalarType.JSON || type == ScalarType.BYTES
                || type == ScalarType.DATE_TIME || type == ScalarType.DECIMAL;
    }

    private static boolean acceptsNumber(ScalarType type) {
        return type == ScalarType.INT || type == ScalarType.BIG_INT || type == ScalarType.FLOAT
                || type == ScalarType.DECIMAL;
    }

    private boolean checked(ScalarType type, String value, SourceSpan span) {
        String problem = switch (type) {
            case JSON -> JsonSyntax.check(value);
            case BYTES -> base64(value);
            case DATE_TIME -> dateTime(value);
            case DECIMAL -> decimal(value);
            default -> null;
        };
        if (problem == null) {
            return true;
        }
        String expected = switch (type) {
            case JSON -> "JSON string";
            case BYTES -> "base64 string";
            case DATE_TIME -> "rfc3339 datetime string";
            default -> "decimal";
        };
        this.context.add(SchemaErrors.defaultParse(value, expected, problem, span));
        return false;
    }

    private boolean checkedNumber(ScalarType type, Expression.NumericLiteral number, SourceSpan span) {
        if (type != ScalarType.INT && type != ScalarType.BIG_INT) {
            return true;
        }
        try {
            Long.parseLong(number.text());
            return true;
        }
        catch (NumberFormatException ex) {
            this.context.add(SchemaErrors.defaultParse(number.text(), "integer",
                    number.isInteger() ? "number too large to fit in target type" : "invalid digit found in string",
                    span));
            return false;
        }
    }

    private @Nullable DefaultValue function(ScalarType type, Expression.FunctionCall function, boolean named,
            SourceSpan span) {
        String name = function.name();
        if (!KNOWN_FUNCTIONS.contains(name)) {
            this.context.add(SchemaErrors.unknownDefaultFunction(name, function.span()));
            return null;
        }
        if ("autoincrement".equals(name) && named) {
            return error("Naming an autoincrement default value is not allowed.", span);
        }
        if ("sequence".equals(name)) {
            return new SequenceReader(this.context).read(function);
        }
        if ("auto".equals(name)) {
            return noArguments(function, span) ? new DefaultValue.Auto() : null;
        }
        if (!DefaultFunctions.fits(name, type)) {
            this.context.add(SchemaErrors.defaultFunctionNotForType(name, type.prismaName(), span));
            return null;
        }
        return DefaultFunctions.read(name, function, span, this);
    }

    boolean noArguments(Expression.FunctionCall function, SourceSpan span) {
        if (function.arguments().arguments().isEmpty()) {
            return true;
        }
        error("The `" + function.name() + "` function does not take any argument. Consider changing this default to `"
                + function.name() + "()`.", span);
        return false;
    }

    private @Nullable DefaultValue dbGenerated(Expression.FunctionCall function, SourceSpan span) {
        List<Argument> arguments = function.arguments().arguments();
        if (arguments.isEmpty()) {
            return new DefaultValue.DbGenerated(null);
        }
        if (arguments.size() == 1 && arguments.get(0).value() instanceof Expression.StringLiteral sql) {
            if (sql.value().isEmpty()) {
                return error("dbgenerated() takes either no argument, or a single nonempty string argument.", span);
            }
            return new DefaultValue.DbGenerated(sql.value());
        }
        return error("`dbgenerated()` takes a single String argument.", span);
    }

    private @Nullable DefaultValue enumValue(ScalarField field, Expression value, SourceSpan span) {
        EnumType enumType = field.enumType();
        if (!(value instanceof Expression.ConstantValue constant) || enumType == null) {
            return error("Expected an enum value, but found `" + value.toSource() + "`.", span);
        }
        if (enumType.declaration().values().stream().noneMatch((v) -> v.name().name().equals(constant.name()))) {
            this.context.add(SchemaErrors.unknownDefaultEnumValue(constant.name(), enumType.name(), span));
            return null;
        }
        return new DefaultValue.EnumLiteral(constant.name());
    }

    private @Nullable DefaultValue enumList(ScalarField field, Expression value, SourceSpan span) {
        if (!(value instanceof Expression.ArrayExpression array)) {
            return error("Expected an enum value, but found `" + value.toSource() + "`.", span);
        }
        List<DefaultValue> values = new ArrayList<>();
        for (Expression element : array.elements()) {
            DefaultValue item = enumValue(field, element, span);
            if (item == null) {
                return null;
            }
            values.add(item);
        }
        return new DefaultValue.ListLiteral(values);
    }

    <T> @Nullable T error(String problem, SourceSpan span) {
        this.context.add(SchemaErrors.invalidDefault(problem, span));
        return null;
    }

    private static @Nullable String base64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return null;
        }
        catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    private static @Nullable String dateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return null;
        }
        catch (DateTimeParseException ex) {
            return "input is not an RFC 3339 date-time with an offset";
        }
    }

    private static @Nullable String decimal(String value) {
        try {
            new BigDecimal(value);
            return null;
        }
        catch (NumberFormatException ex) {
            return "invalid decimal literal";
        }
    }

}
