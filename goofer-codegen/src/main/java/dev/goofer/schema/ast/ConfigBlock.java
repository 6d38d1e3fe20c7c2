package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A {@code datasource} or {@code generator} block: a list of {@code key = value}
 * properties.
 *
 * @param kind datasource or generator
 * @param name the block name
 * @param properties the properties in source order
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the whole block
 */
public record ConfigBlock(ConfigKind kind, Identifier name, List<ConfigProperty> properties,
        @Nullable String documentation, SourceSpan span) implements Declaration {

    /**
     * Create a configuration block.
     * @param kind the kind
     * @param name the name
     * @param properties the properties
     * @param documentation the documentation
     * @param span the span
     */
    public ConfigBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
        Objects.requireNonNull(span, "span");
    }

}
