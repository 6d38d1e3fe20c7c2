package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The argument rules of {@code uuid()}, {@code cuid()}, {@code nanoid()}, {@code ulid()},
 * {@code now()} and {@code autoincrement()}.
 */
final class DefaultFunctions {

    private DefaultFunctions() {
    }

    static boolean fits(String function, ScalarType type) {
        return switch (function) {
            case "autoincrement" -> type == ScalarType.INT || type == ScalarType.BIG_INT;
            case "uuid", "cuid", "nanoid", "ulid" -> type == ScalarType.STRING;
            case "now" -> type == ScalarType.DATE_TIME;
            default -> false;
        };
    }

    static @Nullable DefaultValue read(String function, Expression.FunctionCall call, SourceSpan span,
            DefaultReader reader) {
        return switch (function) {
            case "autoincrement" -> reader.noArguments(call, span) ? new DefaultValue.Autoincrement() : null;
            case "now" -> reader.noArguments(call, span) ? new DefaultValue.Now() : null;
            case "ulid" -> reader.noArguments(call, span) ? new DefaultValue.Ulid() : null;
            case "uuid" -> version(call, span, reader, 4, 4, 7, "which is either 4 or 7", DefaultValue.Uuid::new);
            case "cuid" -> version(call, span, reader, 1, 1, 2, "which is either 1 or 2", DefaultValue.Cuid::new);
            case "nanoid" -> nanoid(call, span, reader);
            default -> null;
        };
    }

    private static @Nullable DefaultValue version(Expression.FunctionCall call, SourceSpan span, DefaultReader reader,
            int defaultVersion, int first, int second, String allowed,
            java.util.function.IntFunction<DefaultValue> factory) {
        List<Argument> arguments = call.arguments().arguments();
        if (arguments.isEmpty()) {
            return factory.apply(defaultVersion);
        }
        Integer value = integer(arguments);
        if (value == null) {
            return reader.error("`" + call.name() + "()` takes a single Int argument.", span);
        }
        if (value != first && value != second) {
            return reader.error(
                    "`" + call.name() + "()` takes either no argument, or a single integer argument " + allowed + ".",
                    span);
        }
        return factory.apply(value);
    }

    private static @Nullable DefaultValue nanoid(Expression.FunctionCall call, SourceSpan span, DefaultReader reader) {
        List<Argument> arguments = call.arguments().arguments();
        if (arguments.isEmpty()) {
            return new DefaultValue.Nanoid(null);
        }
        Integer length = integer(arguments);
        if (length == null) {
            return reader.error("`nanoid()` takes a single Int argument.", span);
        }
        if (length < 2 || length > 255) {
            return reader.error("`nanoid()` takes either no argument, or a single integer argument between 2 and 255.",
                    span);
        }
        return new DefaultValue.Nanoid(length);
    }

    private static @Nullable Integer integer(List<Argument> arguments) {
        if (arguments.size() != 1 || !(arguments.get(0).value() instanceof Expression.NumericLiteral number)
                || !number.isInteger()) {
            return null;
        }
        try {
            return Integer.parseInt(number.text());
        }
        catch (NumberFormatException ex) {
            return Integer.MAX_VALUE;
        }
    }

}
