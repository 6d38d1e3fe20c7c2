package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * An {@code enum} block.
 *
 * @param name the enum name
 * @param values the values in source order
 * @param attributes the block attributes ({@code @@map}, {@code @@schema})
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the whole block
 */
public record EnumDeclaration(Identifier name, List<EnumValueDeclaration> values, List<Attribute> attributes,
        @Nullable String documentation, SourceSpan span) implements Declaration {

    /**
     * Create an enum declaration.
     * @param name the name
     * @param values the values
     * @param attributes the block attributes
     * @param documentation the documentation
     * @param span the span
     */
    public EnumDeclaration {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(span, "span");
    }

}
