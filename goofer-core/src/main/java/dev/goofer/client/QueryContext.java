package dev.goofer.client;

import java.util.Objects;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ModelMeta;

/**
 * What every query step of one model needs: the executor, the model, the factory of its
 * records and the client's default options.
 *
 * @param <M> the model record type
 * @param executor the executor
 * @param model the model
 * @param factory the record factory
 * @param options the default options (for example a shard chosen with {@code on(...)})
 */
record QueryContext<M>(QueryExecutor executor, ModelMeta model, RowFactory<M> factory, QueryOptions options) {

    QueryContext {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(options, "options");
    }

}
