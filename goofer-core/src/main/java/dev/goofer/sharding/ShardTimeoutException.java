package dev.goofer.sharding;

import java.time.Duration;
import java.util.List;

import org.springframework.dao.QueryTimeoutException;

/**
 * Thrown when a read that fans out to several shards does not complete within the
 * configured timeout; names the shards that did not answer in time.
 */
public class ShardTimeoutException extends QueryTimeoutException {

    private static final long serialVersionUID = 1L;

    private final List<String> shards;

    /**
     * Create the exception.
     * @param operation the operation, such as {@code Customer.find_many}
     * @param shards the shards that did not answer in time
     * @param timeout the configured timeout
     */
    public ShardTimeoutException(String operation, List<String> shards, Duration timeout) {
        super(operation + " did not complete within " + timeout + " on shards " + shards);
        this.shards = List.copyOf(shards);
    }

    /**
     * Return the shards that did not answer in time.
     * @return the shard names
     */
    public List<String> shards() {
        return this.shards;
    }

}
