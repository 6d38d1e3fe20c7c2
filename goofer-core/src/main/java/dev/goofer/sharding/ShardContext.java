package dev.goofer.sharding;

import java.util.ArrayDeque;
import java.util.Deque;
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

    private static final ThreadLocal<Deque<RoutingDecision>> CURRENT = ThreadLocal.withInitial(ArrayDeque::new);

    private ShardContext() {
    }

    /**
     * Return the routing of the operation running on this thread.
     * @return the decision, or {@code null} outside the router
     */
    public static @Nullable RoutingDecision current() {
        return CURRENT.get().peek();
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
        Deque<RoutingDecision> stack = CURRENT.get();
        stack.push(decision);
        try {
            return work.get();
        }
        finally {
            stack.pop();
            if (stack.isEmpty()) {
                CURRENT.remove();
            }
        }
    }

}
