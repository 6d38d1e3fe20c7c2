package dev.goofer.profiling;

import java.util.Objects;

import dev.goofer.query.Operation;
import io.micrometer.observation.Observation;

/**
 * The observation context of one Goofer operation: what ran, where, and how it ended. The
 * tags are read from it when the observation stops, so outcome, shard and cache result
 * reflect the finished operation.
 */
public final class QueryObservationContext extends Observation.Context {

    private final Operation<?> operation;

    private final String dialect;

    private String shard;

    private String outcome = "success";

    private String cached = "none";

    QueryObservationContext(Operation<?> operation, String dialect, String shard) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.shard = Objects.requireNonNull(shard, "shard");
    }

    /**
     * Return the operation.
     * @return the operation
     */
    public Operation<?> getOperation() {
        return this.operation;
    }

    /**
     * Return the model name, {@code none} for raw SQL without a result model.
     * @return the model tag value
     */
    public String getModel() {
        return QueryTags.model(this.operation);
    }

    /**
     * Return the operation name, such as {@code find_many}.
     * @return the operation tag value
     */
    public String getOperationName() {
        return this.operation.name();
    }

    /**
     * Return the dialect name.
     * @return the dialect tag value
     */
    public String getDialect() {
        return this.dialect;
    }

    /**
     * Return the shard, {@code default} when unsharded.
     * @return the shard tag value
     */
    public String getShard() {
        return this.shard;
    }

    void setShard(String shard) {
        this.shard = shard;
    }

    /**
     * Return how the operation ended.
     * @return {@code success}, {@code error} or {@code not_found}
     */
    public String getOutcome() {
        return this.outcome;
    }

    void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /**
     * Return how the query cache served the operation.
     * @return {@code hit}, {@code miss} or {@code none}
     */
    public String getCached() {
        return this.cached;
    }

    void setCached(String cached) {
        this.cached = cached;
    }

}
