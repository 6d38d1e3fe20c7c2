package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.OrderBy;

/**
 * A typed {@code orderBy} key for records of model {@code M}, such as
 * {@code UserFields.ID.desc()}.
 *
 * @param <M> the model record type
 */
public final class Order<M> {

    private final OrderBy orderBy;

    private Order(OrderBy orderBy) {
        this.orderBy = Objects.requireNonNull(orderBy, "orderBy");
    }

    /**
     * Wrap an ordering key of the query AST.
     * @param <M> the model record type
     * @param orderBy the key
     * @return the typed key
     */
    public static <M> Order<M> of(OrderBy orderBy) {
        return new Order<>(orderBy);
    }

    /**
     * Return the ordering key of the query AST.
     * @return the key
     */
    public OrderBy orderBy() {
        return this.orderBy;
    }

    @Override
    public String toString() {
        return "Order[" + this.orderBy + "]";
    }

}
