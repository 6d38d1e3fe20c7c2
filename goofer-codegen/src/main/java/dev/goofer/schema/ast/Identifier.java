package dev.goofer.schema.ast;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * A name as written in the schema, with its span.
 *
 * @param name the name; for attributes and functions a dotted path such as
 * {@code db.VarChar}
 * @param span where the name is
 */
public record Identifier(String name, SourceSpan span) {

    /**
     * Create an identifier.
     * @param name the name
     * @param span the span
     */
    public Identifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

}
