package dev.goofer.sharding;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Thrown when an operation cannot be routed to its shards: a create without its shard
 * key, an update of a shard key, an unknown shard name, a write without a shard key, or a
 * relation that would have to be followed across shards inside one statement. The message
 * names the model, the operation and the field or shard at fault.
 */
public class ShardRoutingException extends InvalidDataAccessApiUsageException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     * @param message the message
     */
    public ShardRoutingException(String message) {
        super(message);
    }

}
