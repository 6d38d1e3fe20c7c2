package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;

/**
 * A handle on a to-one relation of model {@code M} to model {@code T}: relation filters
 * ({@code is}, {@code isNot}), loading with {@code include}, and ordering by a field of
 * the related record.
 *
 * @param <M> the model record type holding the relation
 * @param <T> the related model record type
 */
public final class ToOneRelation<M, T> implements Fetch<M> {

    private final RelationFieldMeta meta;

    private final ModelMeta target;

    private final int position;

    /**
     * Create a handle on a relation of a model.
     * @param model the model holding the relation
     * @param fieldName the relation field name
     * @param target the related model
     */
    public ToOneRelation(ModelMeta model, String fieldName, ModelMeta target) {
        this.meta = model.relationField(fieldName);
        this.target = target;
        this.position = model.position(fieldName);
        if (this.meta.list()) {
            throw new IllegalArgumentException("Relation \"" + fieldName + "\" of \"" + model.name() + "\" is to-many");
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
     * Return the condition "the related record exists and matches".
     * @param condition the condition on the related record
     * @return the condition
     */
    public Where<M> is(Where<T> condition) {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.IS, condition.filter()));
    }

    /**
     * Return the condition "there is no related record that matches".
     * @param condition the condition on the related record
     * @return the condition
     */
    public Where<M> isNot(Where<T> condition) {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.IS_NOT, condition.filter()));
    }

    /**
     * Return the condition "there is no related record" (optional relations).
     * @return the condition
     */
    public Where<M> isNull() {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.IS_NOT, Filter.TRUE));
    }

    /**
     * Return the condition "there is a related record" (optional relations).
     * @return the condition
     */
    public Where<M> isNotNull() {
        return Where.of(new Filter.Relation(this.meta, Filter.Quantifier.IS, Filter.TRUE));
    }

    /**
     * Order by a field of the related record, for example
     * {@code PostFields.AUTHOR.orderBy(UserFields.NAME.asc())}.
     * @param order an ordering key of the related model
     * @return the ordering key for this model
     */
    public Order<M> orderBy(Order<T> order) {
        List<RelationFieldMeta> path = new ArrayList<>();
        path.add(this.meta);
        OrderBy orderBy;
        if (order.orderBy() instanceof OrderBy.Field field) {
            orderBy = new OrderBy.RelationField(path, field.field(), field.direction(), field.nulls());
        }
        else if (order.orderBy() instanceof OrderBy.RelationField nested) {
            path.addAll(nested.path());
            orderBy = new OrderBy.RelationField(path, nested.field(), nested.direction(), nested.nulls());
        }
        else {
            throw new IllegalArgumentException("Only field orderings can go through to-one relation \""
                    + this.meta.name() + "\", not " + order.orderBy());
        }
        return Order.of(orderBy);
    }

    /**
     * Include the related record and, within it, further relations.
     * @param fetches the nested relations
     * @return the relation with arguments, for {@code include(...)}
     */
    @SafeVarargs
    public final RelationFetch<M, T> include(Fetch<T>... fetches) {
        return fetch().include(fetches);
    }

    /**
     * Include the related record with only the given fields and relations (inside a
     * selection).
     * @param items the fields and relations
     * @return the relation with arguments, for {@code select(...)}
     */
    @SafeVarargs
    public final RelationFetch<M, T> select(Selectable<T>... items) {
        return fetch().select(items);
    }

    Projection.Include toInclude() {
        return new Projection.Include(this.meta, FindArgs.ALL, Projection.RECORDS);
    }

    private RelationFetch<M, T> fetch() {
        return new RelationFetch<>(this.meta, this.target, FindArgs.ALL, Shape.records(this.target));
    }

    @Override
    public String toString() {
        return "ToOneRelation[" + this.meta.name() + "]";
    }

}
