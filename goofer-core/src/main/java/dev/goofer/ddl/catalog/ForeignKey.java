package dev.goofer.ddl.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name, if any
 * @param columns the referencing columns of this table
 * @param referencedNamespace the namespace of the referenced table, {@code null} for the
 * default one
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns
 * @param onDelete the action on delete
 * @param onUpdate the action on update
 */
public record ForeignKey(@Nullable String name, List<String> columns, @Nullable String referencedNamespace,
        String referencedTable, List<String> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

}
