package dev.goofer.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;

/**
 * {@code queryRaw}: a raw SQL query with {@code ?} placeholders, every value bound as a
 * parameter; ends in {@link #fetch()} (rows as maps) or {@link #fetchInto(ModelClient)}
 * (rows as generated records).
 */
public final class QueryRaw {

    private final QueryExecutor executor;

    private final String sql;

    private final List<Object> parameters;

    private final Set<String> models = new LinkedHashSet<>();

    private QueryOptions options;

    QueryRaw(QueryExecutor executor, QueryOptions options, String sql, Object[] parameters) {
        this.executor = executor;
        this.options = options;
        this.sql = sql;
        this.parameters = new ArrayList<>(Arrays.asList(parameters));
    }

    /**
     * Declare the models the query reads, so that writes to them invalidate a cached
     * result.
     * @param modelNames the model names
     * @return this step
     */
    public QueryRaw models(String... modelNames) {
        this.models.addAll(Arrays.asList(modelNames));
        return this;
    }

    /**
     * Allow the result to be cached; invalidated by writes to the declared
     * {@link #models(String...)}.
     * @param ttl how long the result may be cached, or {@code null} for the default
     * @return this step
     */
    public QueryRaw cache(Duration ttl) {
        this.options = this.options.withCache(ttl);
        return this;
    }

    /**
     * Run on the given shard.
     * @param shard the shard name
     * @return this step
     */
    public QueryRaw on(String shard) {
        this.options = this.options.withShard(shard);
        return this;
    }

    /**
     * Run the query.
     * @return the rows, as maps from column label to value
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fetch() {
        List<Object> rows = this.executor.execute(new Operation.RawQuery(this.sql, this.parameters, this.models, null),
                this.options);
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        rows.forEach((row) -> maps.add((Map<String, Object>) row));
        return maps;
    }

    /**
     * Run the query and map each row to a record of a model, by column name.
     * @param <M> the record type
     * @param model the model's client, such as {@code db.user()}
     * @return the records
     */
    public <M> List<M> fetchInto(ModelClient<M> model) {
        Set<String> declared = new LinkedHashSet<>(this.models);
        declared.add(model.meta().name());
        List<Object> rows = this.executor
            .execute(new Operation.RawQuery(this.sql, this.parameters, declared, model.meta()), this.options);
        List<M> records = new ArrayList<>(rows.size());
        rows.forEach((row) -> records.add(model.factory().create((Row) row)));
        return records;
    }

}
