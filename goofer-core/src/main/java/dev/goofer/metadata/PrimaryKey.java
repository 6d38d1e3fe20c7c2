package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The primary key of a model ({@code @id} or {@code @@id}).
 *
 * @param fields the key fields, in key order
 * @param name the client name of a compound key ({@code @@id(name: ...)}), if given
 * @param constraintName the database constraint name ({@code map:} or Prisma's default
 * {@code <Table>_pkey})
 */
public record PrimaryKey(List<IndexField> fields, @Nullable String name, String constraintName) {

    public PrimaryKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(constraintName, "constraintName");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A primary key needs at least one field");
        }
    }

    /**
     * Return the key field names.
     * @return the field names, in key order
     */
    public List<String> fieldNames() {
        return this.fields.stream().map(IndexField::field).toList();
    }

}
