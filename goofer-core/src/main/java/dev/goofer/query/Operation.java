package dev.goofer.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * One client operation, the unit that the executor runs and that the cache, the shard
 * router and the profiler see. {@code R} is the result type the executor returns.
 *
 * @param <R> the result type
 */
public sealed interface Operation<R> {

    /**
     * Return the model the operation works on, or {@code null} for raw SQL.
     * @return the model
     */
    @Nullable ModelMeta model();

    /**
     * Return the operation name used in metrics and errors, such as {@code find_many}.
     * @return the operation name
     */
    String name();

    /**
     * Whether the operation only reads.
     * @return whether the operation writes nothing
     */
    default boolean readOnly() {
        return this instanceof FindMany || this instanceof Count || this instanceof Aggregate || this instanceof GroupBy
                || this instanceof RawQuery;
    }

    /**
     * Read records: {@code findMany}, and {@code findFirst} / {@code findUnique} with a
     * take of one.
     *
     * @param model the model
     * @param args the reading arguments
     * @param projection what to return of each record
     * @param name the operation name ({@code find_many}, {@code find_first},
     * {@code find_unique})
     */
    record FindMany(ModelMeta model, FindArgs args, Projection projection,
            String name) implements Operation<List<Row>> {
        public FindMany {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(projection, "projection");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Count records, in all or per non-null field ({@code count({ select })}).
     *
     * @param model the model
     * @param args the reading arguments ({@code take}/{@code skip} count a window)
     * @param fields the fields whose non-null values to count; empty for {@code _all}
     * only
     */
    record Count(ModelMeta model, FindArgs args, List<ScalarFieldMeta> fields) implements Operation<Map<String, Long>> {
        public Count {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(args, "args");
            fields = List.copyOf(fields);
        }

        @Override
        public String name() {
            return "count";
        }
    }

    /**
     * Aggregate over the matching records; the result maps {@link Aggregation#key()} to
     * the value.
     *
     * @param model the model
     * @param args the reading arguments
     * @param aggregations the aggregates to compute
     */
    record Aggregate(ModelMeta model, FindArgs args,
            List<Aggregation> aggregations) implements Operation<Map<String, Object>> {
        public Aggregate {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(args, "args");
            aggregations = List.copyOf(aggregations);
        }

        @Override
        public String name() {
            return "aggregate";
        }
    }

    /**
     * Group records; each result row maps field names and aggregate keys to values.
     *
     * @param model the model
     * @param by the grouping fields
     * @param where the condition on records
     * @param having the condition on groups
     * @param orderBy the ordering of groups
     * @param take the number of groups to take, or {@code null}
     * @param skip the number of groups to skip, or {@code null}
     * @param aggregations the aggregates per group
     */
    record GroupBy(ModelMeta model, List<ScalarFieldMeta> by, Filter where, Filter having, List<OrderBy> orderBy,
            @Nullable Integer take, @Nullable Integer skip,
            List<Aggregation> aggregations) implements Operation<List<Map<String, Object>>> {
        public GroupBy {
            Objects.requireNonNull(model, "model");
            by = List.copyOf(by);
            if (by.isEmpty()) {
                throw new IllegalArgumentException("groupBy needs at least one field");
            }
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(having, "having");
            orderBy = List.copyOf(orderBy);
            aggregations = List.copyOf(aggregations);
        }

        @Override
        public String name() {
            return "group_by";
        }
    }

    /**
     * Create one record with its nested writes, and read it back.
     *
     * @param model the model
     * @param data the data
     * @param projection what to return
     */
    record Create(ModelMeta model, CreateData data, Projection projection) implements Operation<Row> {
        public Create {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(projection, "projection");
        }

        @Override
        public String name() {
            return "create";
        }
    }

    /**
     * Create many records in batches (no nested writes); the result is the number
     * created.
     *
     * @param model the model
     * @param data the records
     * @param skipDuplicates whether records violating a unique constraint are skipped
     */
    record CreateMany(ModelMeta model, List<CreateData> data, boolean skipDuplicates) implements Operation<Long> {
        public CreateMany {
            Objects.requireNonNull(model, "model");
            data = List.copyOf(data);
        }

        @Override
        public String name() {
            return "create_many";
        }
    }

    /**
     * Update one record with its nested writes, and read it back.
     *
     * @param model the model
     * @param where the record
     * @param data the changes
     * @param projection what to return
     */
    record Update(ModelMeta model, UniqueWhere where, UpdateData data,
            Projection projection) implements Operation<Row> {
        public Update {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(projection, "projection");
        }

        @Override
        public String name() {
            return "update";
        }
    }

    /**
     * Update the matching records (scalar changes only); the result is the number
     * updated.
     *
     * @param model the model
     * @param where the condition
     * @param data the changes
     */
    record UpdateMany(ModelMeta model, Filter where, UpdateData data) implements Operation<Long> {
        public UpdateMany {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String name() {
            return "update_many";
        }
    }

    /**
     * Update a record if it exists, else create it, and read it back.
     *
     * @param model the model
     * @param where the record
     * @param create the data to create it with
     * @param update the changes if it exists
     * @param projection what to return
     */
    record Upsert(ModelMeta model, UniqueWhere where, CreateData create, UpdateData update,
            Projection projection) implements Operation<Row> {
        public Upsert {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(projection, "projection");
        }

        @Override
        public String name() {
            return "upsert";
        }
    }

    /**
     * Delete one record and return it as it was.
     *
     * @param model the model
     * @param where the record
     * @param projection what to return
     */
    record Delete(ModelMeta model, UniqueWhere where, Projection projection) implements Operation<Row> {
        public Delete {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(projection, "projection");
        }

        @Override
        public String name() {
            return "delete";
        }
    }

    /**
     * Delete the matching records; the result is the number deleted.
     *
     * @param model the model
     * @param where the condition
     */
    record DeleteMany(ModelMeta model, Filter where) implements Operation<Long> {
        public DeleteMany {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(where, "where");
        }

        @Override
        public String name() {
            return "delete_many";
        }
    }

    /**
     * A raw SQL query with bound parameters; rows come back as column-name maps, or as
     * records of {@code resultModel} when given.
     *
     * @param sql the SQL with {@code ?} placeholders
     * @param parameters the parameter values
     * @param models the models the query reads, for cache invalidation
     * @param resultModel the model whose records the rows are, or {@code null} for maps
     */
    record RawQuery(String sql, List<Object> parameters, Set<String> models,
            @Nullable ModelMeta resultModel) implements Operation<List<Object>> {
        public RawQuery {
            Objects.requireNonNull(sql, "sql");
            parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
            models = Set.copyOf(models);
        }

        @Override
        public @Nullable ModelMeta model() {
            return this.resultModel;
        }

        @Override
        public String name() {
            return "query_raw";
        }
    }

    /**
     * A raw SQL statement with bound parameters; the result is the update count.
     *
     * @param sql the SQL with {@code ?} placeholders
     * @param parameters the parameter values
     * @param models the models the statement writes, for cache invalidation
     */
    record RawExecute(String sql, List<Object> parameters, Set<String> models) implements Operation<Long> {
        public RawExecute {
            Objects.requireNonNull(sql, "sql");
            parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
            models = Set.copyOf(models);
        }

        @Override
        public @Nullable ModelMeta model() {
            return null;
        }

        @Override
        public String name() {
            return "execute_raw";
        }
    }

}
