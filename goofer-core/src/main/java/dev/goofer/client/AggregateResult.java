package dev.goofer.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@code aggregate()}.
 *
 * @param <M> the model record type
 */
public final class AggregateResult<M> extends AggregateValues<M> {

    /**
     * Create a result from aggregate keys to values.
     * @param values the values by {@link dev.goofer.query.Aggregation#key()}
     */
    public AggregateResult(Map<String, Object> values) {
        super(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

}
