package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A composite type ({@code type} block), only valid on MongoDB. Its fields are
 * {@link ScalarField}s whose {@link ScalarField#model()} is {@code null}.
 */
public final class CompositeType {

    private final ModelDeclaration declaration;

    List<ScalarField> fields = new ArrayList<>();

    CompositeType(ModelDeclaration declaration) {
        this.declaration = declaration;
    }

    /**
     * Return the type name.
     * @return the name
     */
    public String name() {
        return this.declaration.name().name();
    }

    /**
     * Return the fields in schema order.
     * @return the fields
     */
    public List<ScalarField> fields() {
        return Collections.unmodifiableList(this.fields);
    }

    /**
     * Return the {@code ///} documentation.
     * @return the documentation, or {@code null}
     */
    public @Nullable String documentation() {
        return this.declaration.documentation();
    }

    /**
     * Return the span of the block.
     * @return the span
     */
    public SourceSpan span() {
        return this.declaration.span();
    }

    /**
     * Return the syntax tree of the type.
     * @return the declaration
     */
    public ModelDeclaration declaration() {
        return this.declaration;
    }

    void freeze() {
        this.fields = List.copyOf(this.fields);
    }

    @Override
    public String toString() {
        return "type " + name();
    }

}
