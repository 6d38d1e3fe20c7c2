package dev.goofer.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.CreateData;

/**
 * The operations of one model, as Prisma Client has them:
 * {@code db.user().findMany()...}. Each method starts a query step that ends in
 * {@code fetch()} (reads) or {@code execute()} (writes).
 *
 * @param <M> the model record type
 */
public final class ModelClient<M> {

    private final QueryContext<M> context;

    /**
     * Create the operations of a model. Generated clients call this.
     * @param executor the executor
     * @param model the model
     * @param factory the factory of the model's records
     * @param options the default options
     */
    public ModelClient(QueryExecutor executor, ModelMeta model, RowFactory<M> factory, QueryOptions options) {
        this.context = new QueryContext<>(executor, model, factory, options);
    }

    /**
     * Return the model metadata.
     * @return the model
     */
    public ModelMeta meta() {
        return this.context.model();
    }

    /**
     * Find the record with a given id or unique value.
     * @param where the record, from the generated {@code *WhereUnique} class
     * @return the query step
     */
    public FindUniqueQuery<M, M> findUnique(WhereUnique<M> where) {
        return new FindUniqueQuery<>(this.context, Objects.requireNonNull(where, "where"));
    }

    /**
     * Find the record with a given id or unique value, failing if there is none.
     * @param where the record, from the generated {@code *WhereUnique} class
     * @return the query step
     */
    public FindUniqueOrThrowQuery<M, M> findUniqueOrThrow(WhereUnique<M> where) {
        return new FindUniqueOrThrowQuery<>(this.context, Objects.requireNonNull(where, "where"));
    }

    /**
     * Find the first record that matches.
     * @return the query step
     */
    public FindFirstQuery<M, M> findFirst() {
        return new FindFirstQuery<>(this.context);
    }

    /**
     * Find the first record that matches, failing if there is none.
     * @return the query step
     */
    public FindFirstOrThrowQuery<M, M> findFirstOrThrow() {
        return new FindFirstOrThrowQuery<>(this.context);
    }

    /**
     * Find the records that match.
     * @return the query step
     */
    public FindManyQuery<M, M> findMany() {
        return new FindManyQuery<>(this.context);
    }

    /**
     * Create a record, with nested writes.
     * @param data the record's data, from the generated {@code *Create} builder
     * @return the query step
     */
    public CreateQuery<M, M> create(CreateInput<M> data) {
        return new CreateQuery<>(this.context, Objects.requireNonNull(data, "data"));
    }

    /**
     * Create records in batches.
     * @param data the records' data (nested writes are not allowed)
     * @return the query step
     */
    public CreateManyQuery<M> createMany(Collection<? extends CreateInput<M>> data) {
        List<CreateData> records = new ArrayList<>(data.size());
        for (CreateInput<M> input : data) {
            CreateData record = input.toCreateData();
            if (!record.relations().isEmpty()) {
                throw new IllegalArgumentException("createMany does not accept nested writes (" + meta().name() + ")");
            }
            records.add(record);
        }
        return new CreateManyQuery<>(this.context, records);
    }

    /**
     * Create records in batches.
     * @param data the records' data (nested writes are not allowed)
     * @return the query step
     */
    @SafeVarargs
    public final CreateManyQuery<M> createMany(CreateInput<M>... data) {
        return createMany(Arrays.asList(data));
    }

    /**
     * Update a record, with nested writes.
     * @param where the record
     * @param data the changes, from the generated {@code *Update} builder
     * @return the query step
     */
    public UpdateQuery<M, M> update(WhereUnique<M> where, UpdateInput<M> data) {
        return new UpdateQuery<>(this.context, Objects.requireNonNull(where, "where"),
                Objects.requireNonNull(data, "data"));
    }

    /**
     * Update every record that matches the step's {@code where}.
     * @param data the changes (scalar changes only)
     * @return the query step
     */
    public UpdateManyQuery<M> updateMany(UpdateInput<M> data) {
        if (!data.toUpdateData().relations().isEmpty()) {
            throw new IllegalArgumentException("updateMany does not accept nested writes (" + meta().name() + ")");
        }
        return new UpdateManyQuery<>(this.context, data);
    }

    /**
     * Update a record if it exists, else create it.
     * @param where the record
     * @param create the data to create it with
     * @param update the changes if it exists
     * @return the query step
     */
    public UpsertQuery<M, M> upsert(WhereUnique<M> where, CreateInput<M> create, UpdateInput<M> update) {
        return new UpsertQuery<>(this.context, Objects.requireNonNull(where, "where"),
                Objects.requireNonNull(create, "create"), Objects.requireNonNull(update, "update"));
    }

    /**
     * Delete a record.
     * @param where the record
     * @return the query step
     */
    public DeleteQuery<M, M> delete(WhereUnique<M> where) {
        return new DeleteQuery<>(this.context, Objects.requireNonNull(where, "where"));
    }

    /**
     * Delete every record that matches the step's {@code where}.
     * @return the query step
     */
    public DeleteManyQuery<M> deleteMany() {
        return new DeleteManyQuery<>(this.context);
    }

    /**
     * Count the records that match.
     * @return the query step
     */
    public CountQuery<M> count() {
        return new CountQuery<>(this.context);
    }

    /**
     * Aggregate over the records that match.
     * @return the query step
     */
    public AggregateQuery<M> aggregate() {
        return new AggregateQuery<>(this.context);
    }

    /**
     * Group the records by the values of the given fields.
     * @param by the grouping fields
     * @return the query step
     */
    @SafeVarargs
    public final GroupByQuery<M> groupBy(ScalarField<M, ?>... by) {
        List<ScalarFieldMeta> fields = new ArrayList<>();
        for (ScalarField<M, ?> field : by) {
            fields.add(field.meta());
        }
        return new GroupByQuery<>(this.context, fields);
    }

    RowFactory<M> factory() {
        return this.context.factory();
    }

}
