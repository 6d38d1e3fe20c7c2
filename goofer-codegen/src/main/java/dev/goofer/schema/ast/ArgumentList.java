package dev.goofer.schema.ast;

import java.util.List;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The parenthesised arguments of an attribute or function call.
 *
 * @param arguments the arguments with a value, in source order
 * @param emptyArguments arguments written as {@code name:} with no value (invalid, kept
 * to report them)
 * @param trailingComma the span of a trailing comma, or {@code null}
 * @param span the span of the parentheses, or {@code null} when there are none
 */
public record ArgumentList(List<Argument> arguments, List<Identifier> emptyArguments,
        @Nullable SourceSpan trailingComma, @Nullable SourceSpan span) {

    private static final ArgumentList NONE = new ArgumentList(List.of(), List.of(), null, null);

    /**
     * Create an argument list.
     * @param arguments the arguments
     * @param emptyArguments the empty arguments
     * @param trailingComma the trailing comma span
     * @param span the span
     */
    public ArgumentList {
        arguments = List.copyOf(arguments);
        emptyArguments = List.copyOf(emptyArguments);
    }

    /**
     * Return the empty argument list of an attribute written without parentheses.
     * @return the empty list
     */
    public static ArgumentList none() {
        return NONE;
    }

    /**
     * Whether there are no arguments at all.
     * @return whether the list is empty
     */
    public boolean isEmpty() {
        return this.arguments.isEmpty() && this.emptyArguments.isEmpty();
    }

}
