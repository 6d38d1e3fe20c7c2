package dev.goofer.schema.ast;

import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The type written for a field: a name, or {@code Unsupported("...")}.
 */
public sealed interface TypeReference permits TypeReference.Named, TypeReference.Unsupported {

    /**
     * Return where the type is written.
     * @return the span
     */
    SourceSpan span();

    /**
     * A type name: a scalar type, model, enum or composite type.
     *
     * @param name the type name
     */
    record Named(Identifier name) implements TypeReference {

        @Override
        public SourceSpan span() {
            return this.name.span();
        }

    }

    /**
     * {@code Unsupported("circle")}: a database type Prisma cannot represent.
     *
     * @param definition the database type, the string argument
     * @param span the span of the whole type
     */
    record Unsupported(String definition, SourceSpan span) implements TypeReference {
    }

}
