package dev.goofer.metadata;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The join table of an implicit many-to-many relation, named as Prisma names it:
 * {@code _<RelationName>} with columns {@code A} and {@code B}.
 *
 * @param name the table name, for example {@code _CategoryToPost}
 * @param schema the database schema ({@code @@schema}), if any
 * @param selfColumn the column referencing this side's id ({@code A} or {@code B})
 * @param targetColumn the column referencing the other side's id
 * @param selfReference the id field of this side's model
 * @param targetReference the id field of the other side's model
 */
public record JoinTable(String name, @Nullable String schema, String selfColumn, String targetColumn,
        String selfReference, String targetReference) {

    public JoinTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selfColumn, "selfColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
        Objects.requireNonNull(selfReference, "selfReference");
        Objects.requireNonNull(targetReference, "targetReference");
    }

}
