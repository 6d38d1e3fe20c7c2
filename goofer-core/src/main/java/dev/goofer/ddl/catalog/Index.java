package dev.goofer.ddl.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A secondary index: a unique constraint (created as a unique index, as Prisma does), a
 * plain index or a MySQL full-text index.
 *
 * @param name the index name
 * @param kind the kind of index
 * @param columns the indexed columns, in index order
 * @param algorithm the PostgreSQL access method other than B-tree ({@code hash},
 * {@code gin}, {@code gist}, {@code spgist}, {@code brin}), if any
 */
public record Index(String name, Kind kind, List<IndexColumn> columns, @Nullable String algorithm) {

    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
    }

    /**
     * Whether this is a unique index.
     * @return whether the index enforces uniqueness
     */
    public boolean unique() {
        return this.kind == Kind.UNIQUE;
    }

    /**
     * Return the indexed column names.
     * @return the column names, in index order
     */
    public List<String> columnNames() {
        return this.columns.stream().map(IndexColumn::name).toList();
    }

    /**
     * Whether the two indexes are the same but for their names.
     * @param other the other index
     * @return whether only the names differ
     */
    public boolean sameDefinition(Index other) {
        return this.kind == other.kind && this.columns.equals(other.columns)
                && Objects.equals(this.algorithm, other.algorithm);
    }

    /**
     * The kinds of index.
     */
    public enum Kind {

        /** A unique index. */
        UNIQUE,

        /** A plain index. */
        NORMAL,

        /** A MySQL full-text index. */
        FULLTEXT

    }

}
