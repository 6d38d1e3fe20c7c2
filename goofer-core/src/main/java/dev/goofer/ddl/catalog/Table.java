package dev.goofer.ddl.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * A table with its columns, primary key, indexes and foreign keys.
 *
 * @param namespace the namespace (PostgreSQL schema), {@code null} for the default one
 * @param name the table name
 * @param columns the columns, in table order
 * @param primaryKey the primary key, if any
 * @param indexes the secondary indexes, sorted by name
 * @param foreignKeys the foreign keys, sorted by name and columns
 */
public record Table(@Nullable String namespace, String name, List<Column> columns, @Nullable PrimaryKey primaryKey,
        List<Index> indexes, List<ForeignKey> foreignKeys) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
        foreignKeys = foreignKeys.stream()
            .sorted(Comparator.comparing((ForeignKey fk) -> String.valueOf(fk.name()))
                .thenComparing((fk) -> String.join(",", fk.columns())))
            .toList();
    }

    /**
     * Find a column.
     * @param columnName the column name
     * @return the column, or {@code null}
     */
    public @Nullable Column column(String columnName) {
        for (Column column : this.columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        return null;
    }

    /**
     * Find an index.
     * @param indexName the index name
     * @return the index, or {@code null}
     */
    public @Nullable Index index(String indexName) {
        for (Index index : this.indexes) {
            if (index.name().equals(indexName)) {
                return index;
            }
        }
        return null;
    }

    /**
     * Return the name qualified with the namespace, for messages.
     * @return {@code namespace.name} or {@code name}
     */
    public String qualifiedName() {
        return (this.namespace != null) ? this.namespace + "." + this.name : this.name;
    }

    /**
     * Return a copy with other columns.
     * @param columns the new columns
     * @return the table
     */
    public Table withColumns(List<Column> columns) {
        return new Table(this.namespace, this.name, columns, this.primaryKey, this.indexes, this.foreignKeys);
    }

    /**
     * Return a copy with other indexes.
     * @param indexes the new indexes
     * @return the table
     */
    public Table withIndexes(List<Index> indexes) {
        return new Table(this.namespace, this.name, this.columns, this.primaryKey, indexes, this.foreignKeys);
    }

    /**
     * Return a copy with other foreign keys.
     * @param foreignKeys the new foreign keys
     * @return the table
     */
    public Table withForeignKeys(List<ForeignKey> foreignKeys) {
        return new Table(this.namespace, this.name, this.columns, this.primaryKey, this.indexes, foreignKeys);
    }

    Table mapNamespaces(UnaryOperator<@Nullable String> map) {
        List<Column> columns = this.columns.stream()
            .map((c) -> (c.enumRef() != null)
                    ? c.withEnumRef(new EnumRef(map.apply(c.enumRef().namespace()), c.enumRef().name())) : c)
            .toList();
        List<ForeignKey> foreignKeys = this.foreignKeys.stream()
            .map((fk) -> new ForeignKey(fk.name(), fk.columns(), map.apply(fk.referencedNamespace()),
                    fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate()))
            .toList();
        return new Table(map.apply(this.namespace), this.name, columns, this.primaryKey, this.indexes, foreignKeys);
    }

}
