package dev.goofer.profiling;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Operation;

/**
 * The metric names, tag keys and fixed tag values of the profiler.
 */
final class QueryTags {

    static final String METRIC = "goofer.query";

    static final String SLOW_METRIC = "goofer.query.slow";

    static final String MODEL = "model";

    static final String OPERATION = "operation";

    static final String OUTCOME = "outcome";

    static final String SHARD = "shard";

    static final String DIALECT = "dialect";

    static final String CACHED = "cached";

    static final String NONE = "none";

    static final String DEFAULT_SHARD = "default";

    static final String SUCCESS = "success";

    static final String ERROR = "error";

    static final String NOT_FOUND = "not_found";

    private QueryTags() {
    }

    static String model(Operation<?> operation) {
        ModelMeta model = operation.model();
        return (model != null) ? model.name() : NONE;
    }

}
