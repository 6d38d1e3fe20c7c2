package dev.goofer.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Operation;

/**
 * {@code executeRaw}: a raw SQL statement with {@code ?} placeholders, every value bound
 * as a parameter; ends in {@link #execute()}.
 */
public final class ExecuteRaw implements Batchable<Long> {

    private final QueryExecutor executor;

    private final String sql;

    private final List<Object> parameters;

    private final Set<String> models = new LinkedHashSet<>();

    private QueryOptions options;

    ExecuteRaw(QueryExecutor executor, QueryOptions options, String sql, Object[] parameters) {
        this.executor = executor;
        this.options = options;
        this.sql = sql;
        this.parameters = new ArrayList<>(Arrays.asList(parameters));
    }

    /**
     * Declare the models the statement writes, so that cached results reading them are
     * invalidated.
     * @param modelNames the model names
     * @return this step
     */
    public ExecuteRaw models(String... modelNames) {
        this.models.addAll(Arrays.asList(modelNames));
        return this;
    }

    /**
     * Run on the given shard.
     * @param shard the shard name
     * @return this step
     */
    public ExecuteRaw on(String shard) {
        this.options = this.options.withShard(shard);
        return this;
    }

    /**
     * Run the statement.
     * @return the update count
     */
    public long execute() {
        return this.executor.execute(operation(), this.options);
    }

    @Override
    public Operation.RawExecute operation() {
        return new Operation.RawExecute(this.sql, this.parameters, this.models);
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    public Long result(Object result) {
        return (Long) result;
    }

}
