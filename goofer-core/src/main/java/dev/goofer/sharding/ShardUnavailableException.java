package dev.goofer.sharding;

import java.util.Objects;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Thrown when a shard cannot serve an operation because its database cannot be reached
 * (no connection, no transaction, a broken connection). Wraps the original failure and
 * names the shard; the other shards keep serving the operations that do not need it.
 */
public class ShardUnavailableException extends DataAccessResourceFailureException {

    private static final long serialVersionUID = 1L;

    private final String shard;

    /**
     * Create the exception.
     * @param shard the shard name
     * @param operation what failed, such as {@code Customer.find_many}
     * @param cause the original failure
     */
    public ShardUnavailableException(String shard, String operation, Throwable cause) {
        super("Shard \"" + shard + "\" is unavailable: " + operation + " failed: " + describe(cause), cause);
        this.shard = Objects.requireNonNull(shard, "shard");
    }

    private static String describe(Throwable cause) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(cause);
        return (root != cause) ? cause.getMessage() + " (" + root.getMessage() + ")"
                : String.valueOf(cause.getMessage());
    }

    /**
     * Return the shard that failed.
     * @return the shard name
     */
    public String shard() {
        return this.shard;
    }

}
