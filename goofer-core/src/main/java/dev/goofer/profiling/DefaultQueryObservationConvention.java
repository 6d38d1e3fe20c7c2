package dev.goofer.profiling;

import io.micrometer.common.KeyValues;

/**
 * The default convention: observation {@code goofer.query} with the low-cardinality tags
 * {@code model}, {@code operation}, {@code outcome}, {@code shard}, {@code dialect} and
 * {@code cached}. No SQL text: it is high-cardinality.
 */
public class DefaultQueryObservationConvention implements QueryObservationConvention {

    /** The shared instance. */
    public static final DefaultQueryObservationConvention INSTANCE = new DefaultQueryObservationConvention();

    @Override
    public String getName() {
        return QueryTags.METRIC;
    }

    @Override
    public String getContextualName(QueryObservationContext context) {
        return "goofer " + context.getOperationName() + " " + context.getModel();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(QueryObservationContext context) {
        return KeyValues.of(QueryTags.MODEL, context.getModel(), QueryTags.OPERATION, context.getOperationName(),
                QueryTags.OUTCOME, context.getOutcome(), QueryTags.SHARD, context.getShard(), QueryTags.DIALECT,
                context.getDialect(), QueryTags.CACHED, context.getCached());
    }

}
