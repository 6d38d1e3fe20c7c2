package dev.goofer.ddl.diff;

import java.util.List;
import java.util.Objects;

import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.EnumType;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step of a migration. The differ emits steps in an order that is safe to execute:
 * namespaces and enums first, then foreign key and index drops, table changes, table
 * drops and creations, index creations, foreign keys, and enum drops last.
 */
public sealed interface SchemaChange {

    /**
     * Return a one-line description for reports.
     * @return the description
     */
    String describe();

    /**
     * Create a namespace (PostgreSQL schema).
     *
     * @param name the namespace
     */
    record CreateNamespace(String name) implements SchemaChange {

        @Override
        public String describe() {
            return "Create schema `" + this.name + "`";
        }

    }

    /**
     * Create a native enum type.
     *
     * @param enumType the new type
     */
    record CreateEnum(EnumType enumType) implements SchemaChange {

        @Override
        public String describe() {
            return "Create enum `" + this.enumType.name() + "` " + this.enumType.values();
        }

    }

    /**
     * Add values to a native enum type, keeping the declared order.
     *
     * @param previous the type as it is
     * @param next the type as it must become
     * @param added the added values
     */
    record AddEnumValues(EnumType previous, EnumType next, List<String> added) implements SchemaChange {

        public AddEnumValues {
            added = List.copyOf(added);
        }

        @Override
        public String describe() {
            return "Add values " + this.added + " to enum `" + this.next.name() + "`";
        }

    }

    /**
     * Replace a native enum type whose values were removed (or reordered) by a new type,
     * casting the columns that use it.
     *
     * @param previous the type as it is
     * @param next the type as it must become
     * @param removed the removed values
     * @param usages the columns of the target catalog that use the type
     */
    record RecreateEnum(EnumType previous, EnumType next, List<String> removed,
            List<ColumnUsage> usages) implements SchemaChange {

        public RecreateEnum {
            removed = List.copyOf(removed);
            usages = List.copyOf(usages);
        }

        @Override
        public String describe() {
            return "Recreate enum `" + this.next.name() + "` as " + this.next.values()
                    + (this.removed.isEmpty() ? "" : ", removing " + this.removed);
        }

    }

    /**
     * A column that uses an enum type.
     *
     * @param table the table as it is
     * @param column the column name
     * @param list whether the column is an array
     * @param previousDefault the current default of the column, dropped during the cast
     * @param nextDefault the default to put back after the cast
     */
    record ColumnUsage(Table table, String column, boolean list, @Nullable ColumnDefault previousDefault,
            @Nullable ColumnDefault nextDefault) {
    }

    /**
     * Drop a native enum type.
     *
     * @param enumType the dropped type
     */
    record DropEnum(EnumType enumType) implements SchemaChange {

        @Override
        public String describe() {
            return "Drop enum `" + this.enumType.name() + "`";
        }

    }

    /**
     * Create a table. On SQLite its foreign keys are part of the statement; on MySQL its
     * indexes are too.
     *
     * @param table the new table
     */
    record CreateTable(Table table) implements SchemaChange {

        @Override
        public String describe() {
            return "Create table `" + this.table.qualifiedName() + "`";
        }

    }

    /**
     * Drop a table.
     *
     * @param table the dropped table
     */
    record DropTable(Table table) implements SchemaChange {

        @Override
        public String describe() {
            return "Drop table `" + this.table.qualifiedName() + "`";
        }

    }

    /**
     * Change columns and the primary key of a table in place.
     *
     * @param previous the table as it is
     * @param next the table as it must become
     * @param changes the changes
     */
    record AlterTable(Table previous, Table next, List<TableChange> changes) implements SchemaChange {

        public AlterTable {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(next, "next");
            changes = List.copyOf(changes);
        }

        @Override
        public String describe() {
            return String.join("\n", this.changes.stream().map((c) -> c.describe(this.next.qualifiedName())).toList());
        }

    }

    /**
     * Rebuild a SQLite table: create the new table, copy the rows, drop the old table and
     * rename, as SQLite cannot alter columns or constraints in place.
     *
     * @param previous the table as it is
     * @param next the table as it must become
     * @param changes the column and key changes the rebuild makes
     */
    record RedefineTable(Table previous, Table next, List<TableChange> changes) implements SchemaChange {

        public RedefineTable {
            changes = List.copyOf(changes);
        }

        @Override
        public String describe() {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("Rebuild table `" + this.next.name() + "`");
            this.changes.forEach((c) -> lines.add("  " + c.describe(this.next.qualifiedName())));
            return String.join("\n", lines);
        }

    }

    /**
     * Create an index.
     *
     * @param table the table
     * @param index the new index
     */
    record CreateIndex(Table table, Index index) implements SchemaChange {

        @Override
        public String describe() {
            return "Create " + (this.index.unique() ? "unique index `" : "index `") + this.index.name() + "` on `"
                    + this.table.qualifiedName() + "` " + this.index.columnNames();
        }

    }

    /**
     * Drop an index.
     *
     * @param table the table
     * @param index the dropped index
     */
    record DropIndex(Table table, Index index) implements SchemaChange {

        @Override
        public String describe() {
            return "Drop index `" + this.index.name() + "` on `" + this.table.qualifiedName() + "`";
        }

    }

    /**
     * Rename an index whose definition is unchanged.
     *
     * @param table the table
     * @param previous the index as it is
     * @param next the index as it must become
     */
    record RenameIndex(Table table, Index previous, Index next) implements SchemaChange {

        @Override
        public String describe() {
            return "Rename index `" + this.previous.name() + "` on `" + this.table.qualifiedName() + "` to `"
                    + this.next.name() + "`";
        }

    }

    /**
     * Add a foreign key.
     *
     * @param table the referencing table
     * @param foreignKey the new foreign key
     */
    record AddForeignKey(Table table, ForeignKey foreignKey) implements SchemaChange {

        @Override
        public String describe() {
            return "Add foreign key `" + this.foreignKey.name() + "` on `" + this.table.qualifiedName() + "` "
                    + this.foreignKey.columns() + " -> `" + this.foreignKey.referencedTable() + "` "
                    + this.foreignKey.referencedColumns();
        }

    }

    /**
     * Drop a foreign key.
     *
     * @param table the referencing table
     * @param foreignKey the dropped foreign key
     */
    record DropForeignKey(Table table, ForeignKey foreignKey) implements SchemaChange {

        @Override
        public String describe() {
            return "Drop foreign key `" + this.foreignKey.name() + "` on `" + this.table.qualifiedName() + "`";
        }

    }

}
