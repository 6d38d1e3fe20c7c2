package dev.goofer.sharding;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The routing of the operation running on the current thread, for code below the router
 * that is not handed a {@link RoutingDecision}: statement listeners and decorators of a
 * shard's executor. On the calling thread it holds the decision of the operation being
 * executed; on the threads of a fan-out it holds the decision with the single shard that
 * thread works on.
 *
 * <pre>{@code
 * JdbcQueryExecutor.builder(dataSource, schema)
 *     .statementListener((event) -> {
 *         String shard = ShardContext.currentShard();   // null outside the router
 *         ...
 *     })
 * }</pre>
 */
public final class ShardContext {

    // The innermost decision. within() keeps an enclosing one in a local variable, so a
    // query allocates no stack and the thread keeps no value between queries.
    private static final ThreadLocal<RoutingDecision> CURRENT = new ThreadLocal<>();

    private ShardContext() {
    }

    /**
     * Return the routing of the operation running on this thread.
     * @return the decision, or {@code null} outside the router
     */
    public static @Nullable RoutingDecision current() {
        return CURRENT.get();
    }

    /**
     * Return the shard the current thread works on, when that is a single shard.
     * @return the shard name, or {@code null} outside the router or during a fan-out on
     * the calling thread
     */
    public static @Nullable String currentShard() {
        RoutingDecision decision = current();
        return (decision != null && decision.shards().size() == 1) ? decision.shards().get(0) : null;
    }

    static <T> T within(RoutingDecision decision, Supplier<T> work) {
        @Nullable RoutingDecision enclosing = CURRENT.get();
        CURRENT.set(decision);
        try {
            return work.get();
        }
        finally {
            if (enclosing != null) {
                CURRENT.set(enclosing);
            }
            else {
                CURRENT.remove();
            }
        }
    }

}
