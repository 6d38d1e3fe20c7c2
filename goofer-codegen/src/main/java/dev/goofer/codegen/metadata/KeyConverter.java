package dev.goofer.codegen.metadata;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SortOrder;
import dev.goofer.metadata.UniqueConstraint;
import dev.goofer.schema.semantic.Index;
import dev.goofer.schema.semantic.IndexAlgorithm;
import dev.goofer.schema.semantic.IndexType;
import dev.goofer.schema.semantic.Model;
import dev.goofer.schema.semantic.OperatorClass;
import dev.goofer.schema.semantic.ShardKey;
import org.jspecify.annotations.Nullable;

/**
 * Converts the primary key, unique constraints, indexes and shard key of a model.
 */
final class KeyConverter {

    private final Provider provider;

    KeyConverter(Provider provider) {
        this.provider = provider;
    }

    @Nullable PrimaryKey primaryKey(Model model) {
        dev.goofer.schema.semantic.PrimaryKey key = model.primaryKey();
        if (key == null) {
            return null;
        }
        String constraintName = (key.databaseName() != null) ? key.databaseName()
                : DefaultConstraintNames.primaryKey(model.databaseName(), this.provider);
        return new PrimaryKey(fields(key.fields()), key.name(), constraintName);
    }

    List<UniqueConstraint> uniques(Model model) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Index index : model.indexes()) {
            if (index.isUnique()) {
                uniques.add(new UniqueConstraint(fields(index.fields()), index.name(), index.databaseName()));
            }
        }
        return uniques;
    }

    List<IndexMeta> indexes(Model model) {
        List<IndexMeta> indexes = new ArrayList<>();
        for (Index index : model.indexes()) {
            if (!index.isUnique()) {
                IndexAlgorithm algorithm = index.algorithm();
                indexes.add(new IndexMeta(fields(index.fields()), index.databaseName(),
                        (algorithm != null) ? algorithm.prismaName() : null, index.type() == IndexType.FULLTEXT));
            }
        }
        return indexes;
    }

    List<String> shardKey(Model model) {
        ShardKey shardKey = model.shardKey();
        return (shardKey != null) ? shardKey.fieldNames() : List.of();
    }

    private static List<IndexField> fields(List<dev.goofer.schema.semantic.IndexField> fields) {
        List<IndexField> converted = new ArrayList<>();
        for (dev.goofer.schema.semantic.IndexField field : fields) {
            converted.add(new IndexField(field.name(), sort(field.sortOrder()), field.length(),
                    operatorClass(field.operatorClass())));
        }
        return converted;
    }

    private static @Nullable SortOrder sort(dev.goofer.schema.semantic.@Nullable SortOrder sortOrder) {
        if (sortOrder == null) {
            return null;
        }
        return (sortOrder == dev.goofer.schema.semantic.SortOrder.DESC) ? SortOrder.DESC : SortOrder.ASC;
    }

    private static @Nullable String operatorClass(@Nullable OperatorClass operatorClass) {
        if (operatorClass == null) {
            return null;
        }
        return operatorClass.raw() ? "raw(\"" + operatorClass.name() + "\")" : operatorClass.name();
    }

}
