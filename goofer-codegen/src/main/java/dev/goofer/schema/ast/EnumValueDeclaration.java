package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * One value of an enum.
 *
 * @param name the value name
 * @param attributes the value attributes (such as {@code @map})
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the value line
 */
public record EnumValueDeclaration(Identifier name, List<Attribute> attributes, @Nullable String documentation,
        SourceSpan span) {

    /**
     * Create an enum value declaration.
     * @param name the name
     * @param attributes the attributes
     * @param documentation the documentation
     * @param span the span
     */
    public EnumValueDeclaration {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(span, "span");
    }

}
