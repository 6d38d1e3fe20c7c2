package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.ArgumentList;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.Identifier;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one attribute, consumed by name: a rule takes the arguments it knows
 * and {@link #finish()} reports the rest. The first unnamed argument stands for the
 * attribute's default argument ({@code @@index([a, b])} is
 * {@code @@index(fields: [a, b])}).
 */
final class Arguments {

    private final Attribute attribute;

    private final ValidationContext context;

    private final Map<String, Argument> named = new LinkedHashMap<>();

    private final List<Argument> unnamed = new ArrayList<>();

    private boolean multipleUnnamed;

    private boolean reportedDuplicate;

    private Arguments(Attribute attribute, ValidationContext context) {
        this.attribute = attribute;
        this.context = context;
    }

    /**
     * Start reading the arguments of an attribute, or return {@code null} (having
     * reported why) when they are too broken to use.
     */
    static @Nullable Arguments of(Attribute attribute, ValidationContext context) {
        if (!wellFormed(attribute, attribute.arguments(), context)) {
            return null;
        }
        Arguments arguments = new Arguments(attribute, context);
        for (Argument argument : attribute.arguments().arguments()) {
            Identifier name = argument.name();
            if (name == null) {
                arguments.unnamed.add(argument);
            }
            else if (arguments.named.putIfAbsent(name.name(), argument) != null) {
                context.add(SchemaErrors.duplicateArgument(name.name(), argument.span()));
            }
        }
        if (arguments.unnamed.size() > 1) {
            List<String> values = arguments.unnamed.stream().map((argument) -> argument.value().toSource()).toList();
            context.add(SchemaErrors.multipleUnnamedArguments(attribute.displayName(), values, attribute.span()));
            arguments.multipleUnnamed = true;
        }
        return arguments;
    }

    private static boolean wellFormed(Attribute attribute, ArgumentList list, ValidationContext context) {
        boolean valid = true;
        List<ArgumentList> lists = new ArrayList<>();
        lists.add(list);
        for (Argument argument : list.arguments()) {
            if (argument.value() instanceof Expression.FunctionCall function) {
                lists.add(function.arguments());
            }
            if (argument.value() instanceof Expression.ArrayExpression array) {
                for (Expression element : array.elements()) {
                    if (element instanceof Expression.FunctionCall function) {
                        lists.add(function.arguments());
                    }
                }
            }
        }
        for (ArgumentList arguments : lists) {
            for (Identifier empty : arguments.emptyArguments()) {
                context.add(SchemaErrors.argumentWithoutValue(attribute.displayName(), empty.name(), empty.span()));
                valid = false;
            }
            if (arguments.trailingComma() != null) {
                context.add(SchemaErrors.trailingComma(attribute.displayName(), arguments.trailingComma()));
            }
        }
        return valid;
    }

    Attribute attribute() {
        return this.attribute;
    }

    /**
     * Take the argument with the given name, or else the first unnamed argument; report
     * it missing when there is neither.
     */
    @Nullable Expression required(String name) {
        Expression value = defaultArgument(name);
        if (value == null && !this.reportedDuplicate) {
            this.context.add(SchemaErrors.argumentMissing(name, this.attribute.displayName(), this.attribute.span()));
        }
        return value;
    }

    /**
     * Take the argument with the given name, or else the first unnamed argument.
     */
    @Nullable Expression defaultArgument(String name) {
        Argument byName = this.named.remove(name);
        Argument first = this.unnamed.isEmpty() ? null : this.unnamed.remove(0);
        if (byName != null && first != null) {
            this.context.add(SchemaErrors.argumentAlsoUnnamed(name, byName.span()));
            this.reportedDuplicate = true;
            return null;
        }
        Argument found = (byName != null) ? byName : first;
        return (found != null) ? found.value() : null;
    }

    /**
     * Take an optional named argument.
     */
    @Nullable Expression optional(String name) {
        Argument argument = this.named.remove(name);
        return (argument != null) ? argument.value() : null;
    }

    /**
     * The span of a named argument, or of the whole attribute.
     */
    SourceSpan spanOf(String name) {
        for (Argument argument : this.attribute.arguments().arguments()) {
            if (argument.name() != null && argument.name().name().equals(name)) {
                return argument.span();
            }
        }
        return this.attribute.span();
    }

    /**
     * Report the arguments nobody took.
     */
    void finish() {
        for (Argument argument : this.named.values()) {
            this.context.add(SchemaErrors.unknownArgument(this.attribute.displayName(), argument.name().name(),
                    argument.span()));
        }
        if (!this.multipleUnnamed) {
            for (Argument argument : this.unnamed) {
                this.context.add(SchemaErrors.unexpectedUnnamedArgument(this.attribute.displayName(),
                        argument.value().toSource(), argument.span()));
            }
        }
        this.named.clear();
        this.unnamed.clear();
    }

    /**
     * Drop the remaining arguments without reporting them.
     */
    void discard() {
        this.named.clear();
        this.unnamed.clear();
    }

}
