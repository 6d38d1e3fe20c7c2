package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A {@code model}, {@code view} or {@code type} block.
 *
 * @param kind which of the three blocks this is
 * @param name the block name
 * @param fields the fields in source order
 * @param attributes the block attributes ({@code @@...}) in source order
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the whole block
 */
public record ModelDeclaration(BlockKind kind, Identifier name, List<FieldDeclaration> fields,
        List<Attribute> attributes, @Nullable String documentation, SourceSpan span) implements Declaration {

    /**
     * Create a model declaration.
     * @param kind the kind
     * @param name the name
     * @param fields the fields
     * @param attributes the block attributes
     * @param documentation the documentation
     * @param span the span
     */
    public ModelDeclaration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(span, "span");
    }

}
