package dev.goofer.execution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.FindArgs;
import dev.goofer.query.OrderBy;
import org.jspecify.annotations.Nullable;

/**
 * The effective ordering and limit of a read: the identifying fields end every paged
 * ordering so that pages are stable, and a negative take reverses the ordering (the rows
 * are reversed back after reading), as Prisma does.
 *
 * @param orderBy the ordering to render
 * @param limit the number of rows, or {@code null}
 * @param reversed whether the rows come back in reverse order
 */
record Paging(List<OrderBy> orderBy, @Nullable Integer limit, boolean reversed) {

    static Paging of(ModelMeta model, FindArgs args, boolean nested) {
        Integer take = args.take();
        boolean reversed = take != null && take < 0;
        boolean paged = take != null || args.skip() != null || args.cursor() != null || nested
                || !args.orderBy().isEmpty() || !args.distinct().isEmpty();
        List<OrderBy> orderBy = new ArrayList<>(args.orderBy());
        if (paged && model.primaryKey() != null || paged && !model.uniques().isEmpty()) {
            Set<String> ordered = new HashSet<>();
            for (OrderBy key : orderBy) {
                if (key instanceof OrderBy.Field field) {
                    ordered.add(field.field().name());
                }
            }
            for (String name : model.identifyingFields()) {
                if (!ordered.contains(name)) {
                    orderBy.add(new OrderBy.Field(model.scalarField(name), SortOrder.ASC, null));
                }
            }
        }
        if (reversed) {
            List<OrderBy> flipped = new ArrayList<>(orderBy.size());
            orderBy.forEach((key) -> flipped.add(flip(key)));
            orderBy = flipped;
        }
        return new Paging(orderBy, (take != null) ? Math.abs(take) : null, reversed);
    }

    private static OrderBy flip(OrderBy key) {
        SortOrder direction = (key.direction() == SortOrder.ASC) ? SortOrder.DESC : SortOrder.ASC;
        if (key instanceof OrderBy.Field field) {
            return new OrderBy.Field(field.field(), direction, flip(field.nulls()));
        }
        if (key instanceof OrderBy.RelationField relation) {
            return new OrderBy.RelationField(relation.path(), relation.field(), direction, flip(relation.nulls()));
        }
        if (key instanceof OrderBy.RelationCount count) {
            return new OrderBy.RelationCount(count.relation(), direction);
        }
        if (key instanceof OrderBy.Aggregate aggregate) {
            return new OrderBy.Aggregate(aggregate.aggregation(), direction);
        }
        throw new IllegalStateException("Unhandled order " + key);
    }

    private static OrderBy.@Nullable Nulls flip(OrderBy.@Nullable Nulls nulls) {
        if (nulls == null) {
            return null;
        }
        return (nulls == OrderBy.Nulls.FIRST) ? OrderBy.Nulls.LAST : OrderBy.Nulls.FIRST;
    }

}
