package dev.goofer.schema.semantic;

import dev.goofer.schema.ast.FieldArity;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A field of a model or view: a {@link ScalarField} (scalar, enum, composite or
 * unsupported type) or a {@link RelationField}.
 */
public sealed interface Field permits ScalarField, RelationField {

    /**
     * Return the field name.
     * @return the name
     */
    default String name() {
        return declaration().name().name();
    }

    /**
     * Return what the field's type refers to.
     * @return the kind
     */
    FieldKind kind();

    /**
     * Return whether the field is required, optional or a list.
     * @return the arity
     */
    default FieldArity arity() {
        return declaration().arity();
    }

    /**
     * Whether the field is optional ({@code Type?}).
     * @return whether the field may be null
     */
    default boolean isOptional() {
        return arity() == FieldArity.OPTIONAL;
    }

    /**
     * Whether the field is a list ({@code Type[]}).
     * @return whether the field holds a list
     */
    default boolean isList() {
        return arity() == FieldArity.LIST;
    }

    /**
     * Whether the field is required (neither optional nor a list).
     * @return whether the field is required
     */
    default boolean isRequired() {
        return arity() == FieldArity.REQUIRED;
    }

    /**
     * Whether the field carries {@code @ignore} (or, for scalar fields, has an
     * {@code Unsupported} type or sits in an ignored model): it exists in the database
     * but not in the client.
     * @return whether the field is ignored
     */
    boolean isIgnored();

    /**
     * Return the {@code ///} documentation.
     * @return the documentation, or {@code null}
     */
    default @Nullable String documentation() {
        return declaration().documentation();
    }

    /**
     * Return the span of the field line.
     * @return the span
     */
    default SourceSpan span() {
        return declaration().span();
    }

    /**
     * Return the syntax tree of the field.
     * @return the declaration
     */
    FieldDeclaration declaration();

}
