package dev.goofer.schema.semantic;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code sequence(...)}, the CockroachDB default function.
 */
final class SequenceReader {

    private final ValidationContext context;

    private final Coerce coerce;

    SequenceReader(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
    }

    @Nullable DefaultValue read(Expression.FunctionCall function) {
        if (!this.context.connector.is(Provider.COCKROACHDB)) {
            this.context.add(SchemaErrors.unknownDefaultFunction("sequence", function.span()));
            return null;
        }
        Boolean virtual = null;
        Long cache = null;
        Long increment = null;
        Long minValue = null;
        Long maxValue = null;
        Long start = null;
        for (Argument argument : function.arguments().arguments()) {
            String name = (argument.name() != null) ? argument.name().name() : "";
            switch (name) {
                case "virtual" -> virtual = this.coerce.bool(argument.value());
                case "cache" -> cache = this.coerce.integer(argument.value());
                case "increment" -> increment = this.coerce.integer(argument.value());
                case "minValue" -> minValue = this.coerce.integer(argument.value());
                case "maxValue" -> maxValue = this.coerce.integer(argument.value());
                case "start" -> start = this.coerce.integer(argument.value());
                default -> this.context.add(SchemaErrors
                    .invalidDefault("Unexpected argument in `sequence()` function call.", argument.span()));
            }
        }
        return new DefaultValue.Sequence(virtual, cache, increment, minValue, maxValue, start);
    }

}
