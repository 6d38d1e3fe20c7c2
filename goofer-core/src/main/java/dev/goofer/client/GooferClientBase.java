package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.metadata.ModelMeta;

/**
 * What every generated {@code GooferClient} offers beside its model accessors:
 * transactions, batches, raw SQL and shard selection. Thread-safe: use one client per
 * application.
 *
 * @param <C> the generated client type
 */
public abstract class GooferClientBase<C extends GooferClientBase<C>> {

    private final QueryExecutor executor;

    private final QueryOptions options;

    /**
     * Create the client over an executor.
     * @param executor the executor
     * @param options the default options of every query
     */
    protected GooferClientBase(QueryExecutor executor, QueryOptions options) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Return a client of the same type with other default options.
     * @param options the options
     * @return the client
     */
    protected abstract C withOptions(QueryOptions options);

    /**
     * Create the operations of one model, for generated accessors.
     * @param <M> the record type
     * @param model the model
     * @param factory the record factory
     * @return the model's operations
     */
    protected final <M> ModelClient<M> model(ModelMeta model, RowFactory<M> factory) {
        return new ModelClient<>(this.executor, model, factory, this.options);
    }

    /**
     * Return the executor every query of this client runs on.
     * @return the executor
     */
    public final QueryExecutor executor() {
        return this.executor;
    }

    /**
     * Return a client whose queries all run on the given shard, bypassing the router (for
     * admin work).
     * @param shard the shard name
     * @return the client
     */
    public final C on(String shard) {
        return withOptions(this.options.withShard(shard));
    }

    /**
     * Run work in one transaction: every query the work runs through the given client
     * commits together or not at all. Joins a surrounding Spring-managed transaction.
     * @param <T> the result type
     * @param work the work
     * @return the work's result
     */
    public final <T> T transaction(Function<C, T> work) {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    /**
     * Run work in one transaction with the given isolation level and timeout.
     * @param <T> the result type
     * @param options the transaction options
     * @param work the work
     * @return the work's result
     */
    public final <T> T transaction(TransactionOptions options, Function<C, T> work) {
        return this.executor.transaction(options, () -> work.apply(self()));
    }

    /**
     * Run query steps in order in one transaction (Prisma's batch {@code $transaction}).
     * @param steps the steps, not yet run
     * @return each step's result, in order
     */
    public final List<Object> batch(Batchable<?>... steps) {
        return this.executor.transaction(TransactionOptions.DEFAULT, () -> {
            List<Object> results = new ArrayList<>(steps.length);
            for (Batchable<?> step : steps) {
                results.add(step.result(this.executor.execute(step.operation(), step.options())));
            }
            return results;
        });
    }

    /**
     * Start a raw SQL query; every value is bound as a parameter.
     * @param sql the SQL with {@code ?} placeholders
     * @param parameters the parameter values
     * @return the query step
     */
    public final QueryRaw queryRaw(String sql, Object... parameters) {
        return new QueryRaw(this.executor, this.options, sql, parameters);
    }

    /**
     * Start a raw SQL statement; every value is bound as a parameter.
     * @param sql the SQL with {@code ?} placeholders
     * @param parameters the parameter values
     * @return the statement step
     */
    public final ExecuteRaw executeRaw(String sql, Object... parameters) {
        return new ExecuteRaw(this.executor, this.options, sql, parameters);
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

}
