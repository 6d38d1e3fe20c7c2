package dev.goofer.client;

import java.util.Objects;

import dev.goofer.metadata.ModelMeta;

/**
 * The operations of a view, as Prisma Client has them: views are read-only, so this
 * offers the find, count, aggregate and group-by operations of {@link ModelClient} and no
 * create, update or delete. Each method starts a query step that ends in {@code fetch()}.
 *
 * @param <M> the view record type
 */
public final class ViewClient<M> {

    private final ModelClient<M> operations;

    /**
     * Create the read-only operations of a view over its model operations. Generated
     * clients call this.
     * @param operations the operations of the view's model
     */
    public ViewClient(ModelClient<M> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    /**
     * Return the view metadata.
     * @return the view
     */
    public ModelMeta meta() {
        return this.operations.meta();
    }

    /**
     * Find the record with a given unique value.
     * @param where the record, from the generated {@code *WhereUnique} class
     * @return the query step
     */
    public FindUniqueQuery<M, M> findUnique(WhereUnique<M> where) {
        return this.operations.findUnique(where);
    }

    /**
     * Find the record with a given unique value, failing if there is none.
     * @param where the record, from the generated {@code *WhereUnique} class
     * @return the query step
     */
    public FindUniqueOrThrowQuery<M, M> findUniqueOrThrow(WhereUnique<M> where) {
        return this.operations.findUniqueOrThrow(where);
    }

    /**
     * Find the first record that matches.
     * @return the query step
     */
    public FindFirstQuery<M, M> findFirst() {
        return this.operations.findFirst();
    }

    /**
     * Find the first record that matches, failing if there is none.
     * @return the query step
     */
    public FindFirstOrThrowQuery<M, M> findFirstOrThrow() {
        return this.operations.findFirstOrThrow();
    }

    /**
     * Find the records that match.
     * @return the query step
     */
    public FindManyQuery<M, M> findMany() {
        return this.operations.findMany();
    }

    /**
     * Count the records that match.
     * @return the query step
     */
    public CountQuery<M> count() {
        return this.operations.count();
    }

    /**
     * Aggregate over the records that match.
     * @return the query step
     */
    public AggregateQuery<M> aggregate() {
        return this.operations.aggregate();
    }

    /**
     * Group the records by the values of the given fields.
     * @param by the grouping fields
     * @return the query step
     */
    @SafeVarargs
    public final GroupByQuery<M> groupBy(ScalarField<M, ?>... by) {
        return this.operations.groupBy(by);
    }

}
