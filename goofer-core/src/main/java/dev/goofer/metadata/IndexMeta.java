package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A non-unique index ({@code @@index} or {@code @@fulltext}).
 *
 * @param fields the indexed fields
 * @param indexName the database index name ({@code map:} or Prisma's default
 * {@code <Table>_<columns>_idx})
 * @param algorithm the index type ({@code BTree}, {@code Hash}, {@code Gin}, ...), if
 * given
 * @param fulltext whether this is a {@code @@fulltext} index
 */
public record IndexMeta(List<IndexField> fields, String indexName, @Nullable String algorithm, boolean fulltext) {

    public IndexMeta {
        fields = List.copyOf(fields);
        Objects.requireNonNull(indexName, "indexName");
    }

}
