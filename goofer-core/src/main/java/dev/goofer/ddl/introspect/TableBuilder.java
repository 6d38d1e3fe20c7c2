package dev.goofer.ddl.introspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.ForeignKeyAction;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.IndexColumn;
import dev.goofer.ddl.catalog.PrimaryKey;
import dev.goofer.ddl.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * Collects the parts of one table while catalog queries stream in.
 */
final class TableBuilder {

    final @Nullable String namespace;

    final String name;

    final List<Column> columns = new ArrayList<>();

    @Nullable String primaryKeyName;

    final List<IndexColumn> primaryKey = new ArrayList<>();

    final Map<String, IndexParts> indexes = new LinkedHashMap<>();

    final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();

    TableBuilder(@Nullable String namespace, String name) {
        this.namespace = namespace;
        this.name = name;
    }

    Table build() {
        PrimaryKey key = this.primaryKey.isEmpty() ? null : new PrimaryKey(this.primaryKeyName, this.primaryKey);
        List<Index> indexList = new ArrayList<>();
        this.indexes.forEach((name, parts) -> {
            if (!parts.skip) {
                indexList.add(new Index(name, parts.kind, parts.columns, parts.algorithm));
            }
        });
        List<ForeignKey> fks = this.foreignKeys.values()
            .stream()
            .map((p) -> new ForeignKey(p.name, p.columns, p.referencedNamespace, p.referencedTable, p.referencedColumns,
                    p.onDelete, p.onUpdate))
            .toList();
        return new Table(this.namespace, this.name, this.columns, key, indexList, fks);
    }

    /**
     * An index being collected.
     */
    static final class IndexParts {

        Index.Kind kind = Index.Kind.NORMAL;

        @Nullable String algorithm;

        final List<IndexColumn> columns = new ArrayList<>();

        boolean skip;

    }

    /**
     * A foreign key being collected.
     */
    static final class ForeignKeyParts {

        @Nullable String name;

        final List<String> columns = new ArrayList<>();

        @Nullable String referencedNamespace;

        String referencedTable = "";

        final List<String> referencedColumns = new ArrayList<>();

        ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;

        ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;

    }

}
