package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A field of a model, view or composite type.
 *
 * @param name the field name
 * @param type the declared type
 * @param arity required, optional or list
 * @param attributes the field attributes ({@code @...}) in source order
 * @param documentation the {@code ///} documentation above or after the field, or
 * {@code null}
 * @param span the span of the field line
 */
public record FieldDeclaration(Identifier name, TypeReference type, FieldArity arity, List<Attribute> attributes,
        @Nullable String documentation, SourceSpan span) {

    /**
     * Create a field declaration.
     * @param name the name
     * @param type the type
     * @param arity the arity
     * @param attributes the attributes
     * @param documentation the documentation
     * @param span the span
     */
    public FieldDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arity, "arity");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(span, "span");
    }

}
