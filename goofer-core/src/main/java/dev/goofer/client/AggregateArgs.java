package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.query.Aggregation;

/**
 * Collects the aggregates requested from {@code aggregate()} and {@code groupBy()}.
 */
final class AggregateArgs {

    private final List<Aggregation> aggregations = new ArrayList<>();

    void add(Aggregation aggregation) {
        if (!this.aggregations.contains(aggregation)) {
            this.aggregations.add(aggregation);
        }
    }

    void add(Aggregation.Function function, Field<?, ?>[] fields) {
        for (Field<?, ?> field : fields) {
            add(new Aggregation(function, field.meta()));
        }
    }

    List<Aggregation> list() {
        return List.copyOf(this.aggregations);
    }

}
