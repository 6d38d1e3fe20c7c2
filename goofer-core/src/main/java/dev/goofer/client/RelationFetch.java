package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;

/**
 * A relation to include with its own arguments, such as
 * {@code UserFields.POSTS.where(PostFields.PUBLISHED.eq(true)).take(5)}. Immutable: every
 * method returns a new instance.
 *
 * @param <M> the model record type holding the relation
 * @param <T> the related model record type
 */
public final class RelationFetch<M, T> implements Fetch<M> {

    private final RelationFieldMeta relation;

    private final ModelMeta target;

    private final FindArgs args;

    private final Shape shape;

    RelationFetch(RelationFieldMeta relation, ModelMeta target, FindArgs args, Shape shape) {
        this.relation = relation;
        this.target = target;
        this.args = args;
        this.shape = shape;
    }

    /**
     * Keep only the related records that match a condition (to-many relations).
     * @param condition the condition
     * @return the new fetch
     */
    public RelationFetch<M, T> where(Where<T> condition) {
        requireToMany("where");
        return with(this.args.withWhere(Filter.and(List.of(this.args.where(), condition.filter()))), this.shape);
    }

    /**
     * Order the related records (to-many relations).
     * @param orders the ordering keys
     * @return the new fetch
     */
    @SafeVarargs
    public final RelationFetch<M, T> orderBy(Order<T>... orders) {
        requireToMany("orderBy");
        List<OrderBy> orderBy = new ArrayList<>(this.args.orderBy());
        for (Order<T> order : orders) {
            orderBy.add(order.orderBy());
        }
        return with(this.args.withOrderBy(orderBy), this.shape);
    }

    /**
     * Take at most this many related records per parent (negative: from the end).
     * @param take the number
     * @return the new fetch
     */
    public RelationFetch<M, T> take(int take) {
        requireToMany("take");
        return with(this.args.withTake(take), this.shape);
    }

    /**
     * Skip this many related records per parent.
     * @param skip the number
     * @return the new fetch
     */
    public RelationFetch<M, T> skip(int skip) {
        requireToMany("skip");
        return with(this.args.withSkip(skip), this.shape);
    }

    /**
     * Start the related records of each parent at a cursor.
     * @param cursor the first record
     * @return the new fetch
     */
    public RelationFetch<M, T> cursor(WhereUnique<T> cursor) {
        requireToMany("cursor");
        return with(this.args.withCursor(cursor.toUniqueWhere()), this.shape);
    }

    /**
     * Keep only related records with distinct values of the given fields.
     * @param fields the fields
     * @return the new fetch
     */
    @SafeVarargs
    public final RelationFetch<M, T> distinct(Field<T, ?>... fields) {
        requireToMany("distinct");
        List<ScalarFieldMeta> distinct = new ArrayList<>();
        for (Field<T, ?> field : fields) {
            distinct.add(field.meta());
        }
        return with(this.args.withDistinct(distinct), this.shape);
    }

    /**
     * Include relations of the related records.
     * @param fetches the nested relations
     * @return the new fetch
     */
    @SafeVarargs
    public final RelationFetch<M, T> include(Fetch<T>... fetches) {
        return with(this.args, this.shape.include(fetches));
    }

    /**
     * Return only the given fields and relations of the related records.
     * @param items the fields and relations
     * @return the new fetch
     */
    @SafeVarargs
    public final RelationFetch<M, T> select(Selectable<T>... items) {
        return with(this.args, this.shape.select(items));
    }

    /**
     * Return the related records without the given fields.
     * @param fields the omitted fields
     * @return the new fetch
     */
    @SafeVarargs
    public final RelationFetch<M, T> omit(Field<T, ?>... fields) {
        return with(this.args, this.shape.omit(fields));
    }

    Projection.Include toInclude() {
        return new Projection.Include(this.relation, this.args, this.shape.projection());
    }

    private RelationFetch<M, T> with(FindArgs args, Shape shape) {
        return new RelationFetch<>(this.relation, this.target, args, shape);
    }

    private void requireToMany(String argument) {
        if (!this.relation.list()) {
            throw new IllegalArgumentException(
                    argument + " is only allowed on to-many relations; \"" + this.relation.name() + "\" is to-one");
        }
    }

    @Override
    public String toString() {
        return "RelationFetch[" + this.relation.name() + ", " + this.target.name() + "]";
    }

}
