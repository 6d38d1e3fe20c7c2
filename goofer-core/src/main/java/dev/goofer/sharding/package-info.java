/**
 * Application-managed sharding: a {@code QueryExecutor} that routes each operation to the
 * databases (shards) holding its shard key, and merges reads that need several of them.
 */
@NullMarked
package dev.goofer.sharding;

import org.jspecify.annotations.NullMarked;
