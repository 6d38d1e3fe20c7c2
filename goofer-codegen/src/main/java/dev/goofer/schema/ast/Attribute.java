package dev.goofer.schema.ast;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * A field attribute ({@code @unique}) or block attribute ({@code @@index([a, b])}).
 *
 * @param name the attribute name without its {@code @} signs, for example
 * {@code db.VarChar}
 * @param blockLevel whether this is a block attribute ({@code @@})
 * @param arguments the arguments, empty when there are no parentheses
 * @param span the span from the {@code @} to the closing parenthesis
 */
public record Attribute(Identifier name, boolean blockLevel, ArgumentList arguments, SourceSpan span) {

    /**
     * Create an attribute.
     * @param name the name
     * @param blockLevel whether this is a block attribute
     * @param arguments the arguments
     * @param span the span
     */
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return the name as written, with its {@code @} or {@code @@} prefix.
     * @return the display name, for example {@code @@index}
     */
    public String displayName() {
        return (this.blockLevel ? "@@" : "@") + this.name.name();
    }

}
