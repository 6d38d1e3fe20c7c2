package dev.goofer.client;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;

/**
 * The number of related records of a to-many relation: passed to {@code include(...)} it
 * fills {@code _count}; {@link #asc()} and {@link #desc()} order by it.
 *
 * @param <M> the model record type holding the relation
 */
public final class CountFetch<M> implements Fetch<M> {

    private final RelationFieldMeta relation;

    private final Filter where;

    CountFetch(RelationFieldMeta relation, Filter where) {
        this.relation = relation;
        this.where = where;
    }

    /**
     * Order by the count, ascending.
     * @return the ordering key
     */
    public Order<M> asc() {
        return Order.of(new OrderBy.RelationCount(this.relation, SortOrder.ASC));
    }

    /**
     * Order by the count, descending.
     * @return the ordering key
     */
    public Order<M> desc() {
        return Order.of(new OrderBy.RelationCount(this.relation, SortOrder.DESC));
    }

    Projection.CountInclude toCountInclude() {
        return new Projection.CountInclude(this.relation, this.where);
    }

    @Override
    public String toString() {
        return "CountFetch[" + this.relation.name() + "]";
    }

}
