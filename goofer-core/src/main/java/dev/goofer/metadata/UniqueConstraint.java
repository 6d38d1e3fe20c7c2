package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint ({@code @unique} or {@code @@unique}), created as a unique index.
 *
 * @param fields the constrained fields
 * @param name the client name of a compound unique ({@code name:}), if given
 * @param constraintName the database index name ({@code map:} or Prisma's default
 * {@code <Table>_<columns>_key})
 */
public record UniqueConstraint(List<IndexField> fields, @Nullable String name, String constraintName) {

    public UniqueConstraint {
        fields = List.copyOf(fields);
        Objects.requireNonNull(constraintName, "constraintName");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A unique constraint needs at least one field");
        }
    }

    /**
     * Return the constrained field names.
     * @return the field names, in key order
     */
    public List<String> fieldNames() {
        return this.fields.stream().map(IndexField::field).toList();
    }

}
