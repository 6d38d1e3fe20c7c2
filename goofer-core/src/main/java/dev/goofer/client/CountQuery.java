package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Operation;

/**
 * {@code count}: the number of matching records; ends in {@link #fetch()}, or
 * {@link #fetchCounts(Field[])} to also count non-null values per field.
 *
 * @param <M> the model record type
 */
public final class CountQuery<M> extends ReadQuery<M, Long, CountQuery<M>> implements Batchable<Long> {

    CountQuery(QueryContext<M> context) {
        super(context);
    }

    /**
     * Count at most this many records (a window, with {@code skip} and {@code cursor}).
     * @param take the number of records
     * @return this step
     */
    public CountQuery<M> take(int take) {
        this.args = this.args.withTake(take);
        return this;
    }

    /**
     * Run the count.
     * @return the number of matching records
     */
    public long fetch() {
        return result(this.context.executor().execute(operation(), this.options));
    }

    /**
     * Run the count, also counting the non-null values of the given fields.
     * @param fields the fields
     * @return the counts
     */
    @SafeVarargs
    public final CountResult<M> fetchCounts(Field<M, ?>... fields) {
        List<ScalarFieldMeta> metas = new ArrayList<>();
        for (Field<M, ?> field : fields) {
            metas.add(field.meta());
        }
        return new CountResult<>(this.context.executor()
            .execute(new Operation.Count(this.context.model(), this.args, metas), this.options));
    }

    @Override
    public Operation.Count operation() {
        return new Operation.Count(this.context.model(), this.args, List.of());
    }

    @Override
    public QueryOptions options() {
        return this.options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Long result(Object result) {
        return ((Map<String, Long>) result).get("_all");
    }

}
