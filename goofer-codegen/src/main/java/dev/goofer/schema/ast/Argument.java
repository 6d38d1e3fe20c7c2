package dev.goofer.schema.ast;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * One argument: {@code value} or {@code name: value}.
 *
 * @param name the argument name, or {@code null} for an unnamed argument
 * @param value the value
 * @param span the span of the argument
 */
public record Argument(@Nullable Identifier name, Expression value, SourceSpan span) {

    /**
     * Create an argument.
     * @param name the name
     * @param value the value
     * @param span the span
     */
    public Argument {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Whether the argument has no name.
     * @return whether it is positional
     */
    public boolean isUnnamed() {
        return this.name == null;
    }

}
