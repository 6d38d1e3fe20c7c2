package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.goofer.schema.ast.EnumDeclaration;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * An enum of the schema. Immutable once the schema is resolved.
 */
public final class EnumType {

    private final EnumDeclaration declaration;

    @Nullable String mappedName;

    @Nullable String schema;

    List<EnumValue> values = new ArrayList<>();

    EnumType(EnumDeclaration declaration) {
        this.declaration = declaration;
    }

    /**
     * Return the enum name.
     * @return the name
     */
    public String name() {
        return this.declaration.name().name();
    }

    /**
     * Return the database name from {@code @@map}.
     * @return the mapped name, or {@code null}
     */
    public @Nullable String mappedName() {
        return this.mappedName;
    }

    /**
     * Return the name of the enum type in the database (PostgreSQL, CockroachDB).
     * @return the mapped name, or the name
     */
    public String databaseName() {
        return (this.mappedName != null) ? this.mappedName : name();
    }

    /**
     * Return the database schema from {@code @@schema}.
     * @return the schema, or {@code null}
     */
    public @Nullable String schema() {
        return this.schema;
    }

    /**
     * Return the values in schema order.
     * @return the values
     */
    public List<EnumValue> values() {
        return Collections.unmodifiableList(this.values);
    }

    /**
     * Find a value by name.
     * @param name the value name
     * @return the value, if any
     */
    public Optional<EnumValue> findValue(String name) {
        return this.values.stream().filter((value) -> value.name().equals(name)).findFirst();
    }

    /**
     * Return the {@code ///} documentation.
     * @return the documentation, or {@code null}
     */
    public @Nullable String documentation() {
        return this.declaration.documentation();
    }

    /**
     * Return the span of the enum block.
     * @return the span
     */
    public SourceSpan span() {
        return this.declaration.span();
    }

    /**
     * Return the syntax tree of the enum.
     * @return the declaration
     */
    public EnumDeclaration declaration() {
        return this.declaration;
    }

    void freeze() {
        this.values = List.copyOf(this.values);
    }

    @Override
    public String toString() {
        return "enum " + name();
    }

}
