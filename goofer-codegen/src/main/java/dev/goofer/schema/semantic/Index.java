package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * An index or unique constraint: {@code @unique}, {@code @@unique}, {@code @@index} or
 * {@code @@fulltext}.
 *
 * @param type plain, unique or full-text
 * @param fields the indexed fields, in index order
 * @param name the client name from {@code name:} of {@code @@unique}, or {@code null}
 * @param mappedName the constraint name from {@code map:} (or the legacy {@code name:} of
 * {@code @@index}), or {@code null}
 * @param databaseName the index name in the database: mapped, or Prisma's default
 * ({@code Table_a_b_key} for unique constraints, {@code Table_a_b_idx} otherwise)
 * @param algorithm the {@code type:} argument, or {@code null} for the default
 * @param clustered the {@code clustered:} argument (SQL Server), or {@code null}
 * @param where the partial index condition, or {@code null}
 * @param definedOnField whether this is an {@code @unique} field attribute
 * @param span the span of the attribute
 */
public record Index(IndexType type, List<IndexField> fields, @Nullable String name, @Nullable String mappedName,
        String databaseName, @Nullable IndexAlgorithm algorithm, @Nullable Boolean clustered,
        @Nullable IndexPredicate where, boolean definedOnField, SourceSpan span) {

    /**
     * Create an index.
     * @param type the type
     * @param fields the fields
     * @param name the client name
     * @param mappedName the mapped name
     * @param databaseName the database name
     * @param algorithm the algorithm
     * @param clustered the clustering setting
     * @param where the partial index condition
     * @param definedOnField whether it is defined on a field
     * @param span the span
     */
    public Index {
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Whether this is a unique constraint.
     * @return whether the type is {@link IndexType#UNIQUE}
     */
    public boolean isUnique() {
        return this.type == IndexType.UNIQUE;
    }

    /**
     * Return the indexed fields without their arguments.
     * @return the fields
     */
    public List<ScalarField> scalarFields() {
        return this.fields.stream().map(IndexField::field).toList();
    }

    /**
     * Return the indexed field names.
     * @return the names
     */
    public List<String> fieldNames() {
        return this.fields.stream().map(IndexField::name).toList();
    }

}
