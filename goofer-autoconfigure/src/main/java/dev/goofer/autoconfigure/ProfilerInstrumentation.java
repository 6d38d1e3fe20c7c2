package dev.goofer.autoconfigure;

import dev.goofer.cache.QueryCacheListener;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.profiling.QueryProfiler;
import dev.goofer.sharding.ShardContext;
import dev.goofer.sharding.ShardRoutingListener;

/**
 * Wires a {@link QueryProfiler} into the executor chain.
 */
final class ProfilerInstrumentation implements ExecutorInstrumentation {

    private final QueryProfiler profiler;

    ProfilerInstrumentation(QueryProfiler profiler) {
        this.profiler = profiler;
    }

    QueryProfiler profiler() {
        return this.profiler;
    }

    @Override
    public StatementListener statementListener() {
        return this.profiler.statementListener();
    }

    @Override
    public QueryCacheListener cacheListener() {
        return this.profiler.cacheListener();
    }

    @Override
    public ShardRoutingListener routingListener(int shardCount) {
        return (decision) -> {
            if (ShardContext.current() == null) {
                this.profiler.recordShard(decision.shardTag(shardCount));
            }
        };
    }

    @Override
    public QueryExecutor decorate(QueryExecutor executor, String dialect) {
        return this.profiler.decorate(executor, dialect);
    }

}
