package dev.goofer.sharding;

import org.springframework.dao.DataRetrievalFailureException;

/**
 * Thrown when a read that spans several shards would have to hold more rows in memory
 * than the configured maximum ({@code ShardingConfiguration.Builder#maxMergeRows}). Add
 * the shard key to the condition, page with {@code take}, or raise the limit.
 */
public class ShardMergeLimitException extends DataRetrievalFailureException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     * @param operation the operation, such as {@code Customer.find_many}
     * @param rows the number of rows the shards returned
     * @param limit the configured maximum
     */
    public ShardMergeLimitException(String operation, long rows, int limit) {
        super(operation + " read " + rows + " rows from several shards, more than the configured maximum of " + limit
                + " rows to merge in memory; add the shard key to the condition, page with take, or raise "
                + "the limit");
    }

}
