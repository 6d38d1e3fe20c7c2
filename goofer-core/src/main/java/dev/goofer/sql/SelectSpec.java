package dev.goofer.sql;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

/**
 * One {@code SELECT} of records. The result columns are {@code columns}, then one count
 * per {@code counts} entry, then the link columns of {@code scope}.
 *
 * @param model the model
 * @param where the condition
 * @param orderBy the effective ordering (already reversed for a negative take)
 * @param limit the number of rows, or {@code null}
 * @param offset the number of rows to skip, or {@code null}
 * @param cursor the cursor record, or {@code null}
 * @param columns the scalar columns to read
 * @param counts the relation counts to read
 * @param scope the parent records when loading a relation, or {@code null}
 */
public record SelectSpec(ModelMeta model, Filter where, List<OrderBy> orderBy, @Nullable Integer limit,
        @Nullable Integer offset, @Nullable UniqueWhere cursor, List<ScalarFieldMeta> columns,
        List<Projection.CountInclude> counts, @Nullable RelationScope scope) {

    public SelectSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
        orderBy = List.copyOf(orderBy);
        columns = List.copyOf(columns);
        counts = List.copyOf(counts);
    }

}
