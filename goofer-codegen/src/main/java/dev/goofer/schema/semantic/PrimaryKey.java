package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a model: {@code @id} on one field or {@code @@id([...])}.
 *
 * @param fields the key fields, in key order
 * @param name the client name from {@code name:} of {@code @@id}, or {@code null}
 * @param mappedName the constraint name from {@code map:}, or {@code null}
 * @param databaseName the constraint name in the database (mapped or default
 * {@code Table_pkey}), or {@code null} when the provider does not name primary keys
 * (MySQL, SQLite)
 * @param clustered the {@code clustered:} argument (SQL Server), or {@code null}
 * @param definedOnField whether the key is an {@code @id} field attribute
 * @param span the span of the attribute
 */
public record PrimaryKey(List<IndexField> fields, @Nullable String name, @Nullable String mappedName,
        @Nullable String databaseName, @Nullable Boolean clustered, boolean definedOnField, SourceSpan span) {

    /**
     * Create a primary key.
     * @param fields the fields
     * @param name the client name
     * @param mappedName the mapped name
     * @param databaseName the database name
     * @param clustered the clustering setting
     * @param definedOnField whether it is defined on a field
     * @param span the span
     */
    public PrimaryKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return the key fields without their arguments.
     * @return the fields
     */
    public List<ScalarField> scalarFields() {
        return this.fields.stream().map(IndexField::field).toList();
    }

    /**
     * Return the key field names.
     * @return the names, in key order
     */
    public List<String> fieldNames() {
        return this.fields.stream().map(IndexField::name).toList();
    }

    /**
     * Whether the key has more than one field.
     * @return whether the key is compound
     */
    public boolean isCompound() {
        return this.fields.size() > 1;
    }

}
