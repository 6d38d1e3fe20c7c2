package dev.goofer.autoconfigure;

import dev.goofer.cache.QueryCacheListener;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.sharding.ShardRoutingListener;

/**
 * The hooks of the profiler into each layer of the executor chain, kept behind an
 * interface so that the chain is assembled without Micrometer on the class path.
 */
interface ExecutorInstrumentation {

    /** The listener of the JDBC executors, which captures the SQL of each operation. */
    StatementListener statementListener();

    /** The listener of the query cache, which tags hits and misses. */
    QueryCacheListener cacheListener();

    /** The listener of the shard router, which tags the shard. */
    ShardRoutingListener routingListener(int shardCount);

    /** Decorate the outermost executor so that every operation is timed. */
    QueryExecutor decorate(QueryExecutor executor, String dialect);

}
