package dev.goofer.sharding;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Thrown when work inside {@code transaction(...)} touches a shard other than the one the
 * transaction is bound to (or several shards at once). The transaction is marked
 * rollback-only when this is thrown, so nothing of it commits even if the work catches
 * the exception.
 */
public class CrossShardTransactionException extends InvalidDataAccessApiUsageException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String boundShard;

    private final List<String> requestedShards;

    /**
     * Create the exception.
     * @param boundShard the shard the transaction is bound to, or {@code null} when it is
     * not bound yet
     * @param requestedShards the shards the operation needed
     * @param operation what needed them, such as {@code Customer.create}
     */
    public CrossShardTransactionException(@Nullable String boundShard, List<String> requestedShards, String operation) {
        super(message(boundShard, requestedShards, operation));
        this.boundShard = boundShard;
        this.requestedShards = List.copyOf(requestedShards);
    }

    private static String message(@Nullable String boundShard, List<String> requestedShards, String operation) {
        Objects.requireNonNull(operation, "operation");
        String needs = (requestedShards.size() == 1) ? "shard \"" + requestedShards.get(0) + "\""
                : "shards " + quoted(requestedShards);
        String bound = (boundShard != null) ? "is bound to shard \"" + boundShard + "\""
                : "is not bound to a shard yet";
        return "A transaction stays on one shard: it " + bound + ", but " + operation + " needs " + needs
                + ". The transaction is rolled back.";
    }

    private static String quoted(List<String> shards) {
        StringBuilder text = new StringBuilder("[");
        for (String shard : shards) {
            text.append((text.length() > 1) ? ", " : "").append('"').append(shard).append('"');
        }
        return text.append(']').toString();
    }

    /**
     * Return the shard the transaction is bound to.
     * @return the shard, or {@code null} when it was not bound yet
     */
    public @Nullable String boundShard() {
        return this.boundShard;
    }

    /**
     * Return the shards the offending operation needed.
     * @return the shards
     */
    public List<String> requestedShards() {
        return this.requestedShards;
    }

}
