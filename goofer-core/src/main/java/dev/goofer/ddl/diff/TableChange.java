package dev.goofer.ddl.diff;

import java.util.Objects;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.PrimaryKey;

/**
 * A change inside one table, part of an {@link SchemaChange.AlterTable} or an
 * {@link SchemaChange.RedefineTable}.
 */
public sealed interface TableChange {

    /**
     * Return a one-line description for reports.
     * @param table the qualified table name
     * @return the description
     */
    String describe(String table);

    /**
     * Add a column.
     *
     * @param column the new column
     */
    record AddColumn(Column column) implements TableChange {

        public AddColumn {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String describe(String table) {
            return "Add column `" + this.column.name() + "` (" + this.column.displayType()
                    + (this.column.nullable() ? "" : ", required") + ") to table `" + table + "`";
        }

    }

    /**
     * Drop a column.
     *
     * @param column the dropped column
     */
    record DropColumn(Column column) implements TableChange {

        public DropColumn {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String describe(String table) {
            return "Drop column `" + this.column.name() + "` of table `" + table + "`";
        }

    }

    /**
     * Change the type, nullability, default or autoincrement of a column.
     *
     * @param previous the column as it is
     * @param next the column as it must become
     * @param typeChanged whether the type changes
     * @param safeCast whether every value of the old type fits the new one
     * @param nullabilityChanged whether nullability changes
     * @param defaultChanged whether the default changes
     * @param autoincrementChanged whether autoincrement changes
     */
    record AlterColumn(Column previous, Column next, boolean typeChanged, boolean safeCast, boolean nullabilityChanged,
            boolean defaultChanged, boolean autoincrementChanged) implements TableChange {

        public AlterColumn {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(next, "next");
        }

        /**
         * Whether the column becomes required.
         * @return whether a nullable column becomes {@code NOT NULL}
         */
        public boolean becomesRequired() {
            return this.nullabilityChanged && !this.next.nullable();
        }

        @Override
        public String describe(String table) {
            StringBuilder text = new StringBuilder("Alter column `" + this.next.name() + "` of table `" + table + "`:");
            if (this.typeChanged) {
                text.append(" type ")
                    .append(this.previous.displayType())
                    .append(" -> ")
                    .append(this.next.displayType())
                    .append(';');
            }
            if (this.nullabilityChanged) {
                text.append(this.next.nullable() ? " make optional;" : " make required;");
            }
            if (this.defaultChanged) {
                text.append(" default ")
                    .append(Defaults.describe(this.previous.defaultValue()))
                    .append(" -> ")
                    .append(Defaults.describe(this.next.defaultValue()))
                    .append(';');
            }
            if (this.autoincrementChanged) {
                text.append(this.next.autoincrement() ? " add autoincrement;" : " drop autoincrement;");
            }
            return text.substring(0, text.length() - 1);
        }

    }

    /**
     * Drop the primary key.
     *
     * @param primaryKey the dropped key
     */
    record DropPrimaryKey(PrimaryKey primaryKey) implements TableChange {

        @Override
        public String describe(String table) {
            return "Drop primary key " + this.primaryKey.columnNames() + " of table `" + table + "`";
        }

    }

    /**
     * Add a primary key.
     *
     * @param primaryKey the new key
     */
    record AddPrimaryKey(PrimaryKey primaryKey) implements TableChange {

        @Override
        public String describe(String table) {
            return "Add primary key " + this.primaryKey.columnNames() + " to table `" + table + "`";
        }

    }

    /**
     * Rename the primary key constraint (PostgreSQL).
     *
     * @param previousName the current name
     * @param nextName the new name
     */
    record RenamePrimaryKey(String previousName, String nextName) implements TableChange {

        @Override
        public String describe(String table) {
            return "Rename primary key `" + this.previousName + "` of table `" + table + "` to `" + this.nextName + "`";
        }

    }

}
