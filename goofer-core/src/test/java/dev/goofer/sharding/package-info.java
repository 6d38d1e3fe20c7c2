/**
 * Tests of the shard router: strategies and merges in memory, routing with fake
 * executors, and everything against real PostgreSQL databases as shards.
 */
@NullMarked
package dev.goofer.sharding;

import org.jspecify.annotations.NullMarked;
