package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.Projection;

/**
 * A handle on a to-many relation of model {@code M} to model {@code T}: relation filters
 * ({@code some}, {@code every}, {@code none}), loading with {@code include} (with its own
 * {@code where}, {@code orderBy}, {@code take}, ...) and counting.
 *
 * @param <M> the model record type holding the relation
 * @param <T> the related model record type
 */
public final class ToManyRelation<M, T> implements Fetch<M> {

    private final RelationFieldMeta meta;

    private final ModelMeta target;

    private final int position;

    /**
     * Create a handle on a relation of a model.
     * @param model the model holding the relation
     * @param fieldName the relation field name
     * @param target the related model
     */
    public ToManyRelation(ModelMeta model, String fieldName, ModelMeta target) {
        this.meta = model.relationField(fieldName);
        this.target = target;
        this.position = model.position(fieldName);
        if (!this.meta.list()) {
            throw new IllegalArgumentException("Relation \"" + fieldName + "\" of \"" + model.name() + "\" is to-one");
        }
    }

    /**
     * Return the relation metadata.
     * @return the metadata
     */
    public RelationFieldMeta meta() {
        return this.meta;
    }

    /**
     * Return the field's position in its model's fields.
     * @return the position
     */
    public int position() {
        return this.position;
    }

    /**
     * Return the condition "at least one related record matches".
     * @param condition the condition on related records
     * @return the condition
     */
    public Where<M> some(Where<T> condition) {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.SOME, condition.filter()));
    }

    /**
     * Return the condition "there is at least one related record".
     * @return the condition
     */
    public Where<M> some() {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.SOME, Filter.TRUE));
    }

    /**
     * Return the condition "every related record matches" (true when there are none).
     * @param condition the condition on related records
     * @return the condition
     */
    public Where<M> every(Where<T> condition) {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.EVERY, condition.filter()));
    }

    /**
     * Return the condition "no related record matches".
     * @param condition the condition on related records
     * @return the condition
     */
    public Where<M> none(Where<T> condition) {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.NONE, condition.filter()));
    }

    /**
     * Return the condition "there is no related record".
     * @return the condition
     */
    public Where<M> none() {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.NONE, Filter.TRUE));
    }

    /**
     * Include the related records that match a condition.
     * @param condition the condition
     * @return the relation with arguments, for {@code include(...)}
     */
    public RelationFetch<M, T> where(Where<T> condition) {
        return fetch().where(condition);
    }

    /**
     * Include the related records in the given order.
     * @param orders the ordering keys
     * @return the relation with arguments, for {@code include(...)}
     */
    @SafeVarargs
    public final RelationFetch<M, T> orderBy(Order<T>... orders) {
        return fetch().orderBy(orders);
    }

    /**
     * Include at most {@code take} related records per parent (negative: the last ones).
     * @param take the number of records
     * @return the relation with arguments, for {@code include(...)}
     */
    public RelationFetch<M, T> take(int take) {
        return fetch().take(take);
    }

    /**
     * Include the related records after skipping some per parent.
     * @param skip the number of records to skip
     * @return the relation with arguments, for {@code include(...)}
     */
    public RelationFetch<M, T> skip(int skip) {
        return fetch().skip(skip);
    }

    /**
     * Include the related records and, within them, further relations.
     * @param fetches the nested relations
     * @return the relation with arguments, for {@code include(...)}
     */
    @SafeVarargs
    public final RelationFetch<M, T> include(Fetch<T>... fetches) {
        return fetch().include(fetches);
    }

    /**
     * Include the related records with only the given fields and relations (inside a
     * selection).
     * @param items the fields and relations
     * @return the relation with arguments, for {@code select(...)}
     */
    @SafeVarargs
    public final RelationFetch<M, T> select(Selectable<T>... items) {
        return fetch().select(items);
    }

    /**
     * Count the related records, for {@code _count} or for ordering by the count.
     * @return the count
     */
    public CountFetch<M> count() {
        return new CountFetch<>(this.meta, Filter.TRUE);
    }

    /**
     * Count the related records that match a condition.
     * @param condition the condition
     * @return the count
     */
    public CountFetch<M> count(Where<T> condition) {
        return new CountFetch<>(this.meta, condition.filter());
    }

    Projection.Include toInclude() {
        return new Projection.Include(this.meta, FindArgs.ALL, Projection.RECORDS);
    }

    private RelationFetch<M, T> fetch() {
        return new RelationFetch<>(this.meta, this.target, FindArgs.ALL, Shape.records(this.target));
    }

    @Override
    public String toString() {
        return "ToManyRelation[" + this.meta.name() + "]";
    }

}
