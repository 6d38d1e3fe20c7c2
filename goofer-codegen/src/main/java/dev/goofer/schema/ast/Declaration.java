package dev.goofer.schema.ast;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A top-level declaration of a schema file.
 */
public sealed interface Declaration permits ModelDeclaration, EnumDeclaration, ConfigBlock {

    /**
     * Return the declared name.
     * @return the name
     */
    Identifier name();

    /**
     * Return the {@code ///} documentation written directly above the declaration.
     * @return the documentation, or {@code null}
     */
    @Nullable String documentation();

    /**
     * Return the span of the whole block.
     * @return the span
     */
    SourceSpan span();

    /**
     * Return the keyword-like description used in messages, such as {@code model} or
     * {@code generator}.
     * @return the description
     */
    default String describe() {
        if (this instanceof ModelDeclaration model) {
            return model.kind().keyword();
        }
        if (this instanceof ConfigBlock config) {
            return config.kind().keyword();
        }
        return "enum";
    }

}
