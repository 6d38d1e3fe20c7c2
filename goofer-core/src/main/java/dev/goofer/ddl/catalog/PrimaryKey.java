package dev.goofer.ddl.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A primary key.
 *
 * @param name the constraint name (PostgreSQL); {@code null} where the database does not
 * name primary keys (MySQL, SQLite)
 * @param columns the key columns, in key order
 */
public record PrimaryKey(@Nullable String name, List<IndexColumn> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /**
     * Return the key column names.
     * @return the column names, in key order
     */
    public List<String> columnNames() {
        return this.columns.stream().map(IndexColumn::name).toList();
    }

}
