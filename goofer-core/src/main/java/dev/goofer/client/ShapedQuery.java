package dev.goofer.client;

import java.util.function.Function;

import dev.goofer.execution.QueryOptions;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * The result shaping shared by steps that return one record ({@code findUnique},
 * {@code create}, {@code update}, {@code upsert}, {@code delete}): {@code include},
 * {@code select} and {@code omit}.
 *
 * @param <M> the model record type
 * @param <R> the result type: {@code M}, or {@link Selection} after
 * {@code select}/{@code omit}
 * @param <S> the concrete step type
 */
public abstract class ShapedQuery<M, R, S extends ShapedQuery<M, R, S>> {

    final QueryContext<M> context;

    Shape shape;

    QueryOptions options;

    Function<Row, ?> mapper;

    ShapedQuery(QueryContext<M> context) {
        this.context = context;
        this.shape = Shape.records(context.model());
        this.options = context.options();
        this.mapper = context.factory()::create;
    }

    /**
     * Load relations, or relation counts, with the record.
     * @param fetches the relations and counts
     * @return this step
     */
    @SafeVarargs
    public final S include(Fetch<M>... fetches) {
        this.shape = this.shape.include(fetches);
        return self();
    }

    /**
     * Run on the given shard, bypassing the shard router (for admin work).
     * @param shard the shard name
     * @return this step
     */
    public S on(String shard) {
        this.options = this.options.withShard(shard);
        return self();
    }

    /**
     * Return the options the step runs with.
     * @return the options
     */
    public QueryOptions options() {
        return this.options;
    }

    final void selectShape(Selectable<?>[] items) {
        this.shape = this.shape.select(items);
        this.mapper = Selection::new;
    }

    final void omitShape(Field<?, ?>[] fields) {
        this.shape = this.shape.omit(fields);
        this.mapper = Selection::new;
    }

    @SuppressWarnings("unchecked")
    final @Nullable R map(@Nullable Row row) {
        return (row != null) ? (R) this.mapper.apply(row) : null;
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }

}
