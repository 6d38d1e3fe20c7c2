package dev.goofer.schema.ast;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * One {@code key = value} line of a configuration block.
 *
 * @param name the key
 * @param value the value, or {@code null} when the line is {@code key =} with nothing
 * after it
 * @param span the span of the line
 */
public record ConfigProperty(Identifier name, @Nullable Expression value, SourceSpan span) {

    /**
     * Create a property.
     * @param name the key
     * @param value the value
     * @param span the span
     */
    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

}
