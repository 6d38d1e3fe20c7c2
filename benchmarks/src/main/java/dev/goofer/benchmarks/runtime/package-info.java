/**
 * JMH benchmarks of the runtime on real databases: the shard router against plain clients
 * on the same databases, and the query cache against no cache. They create their own
 * databases on the server named by {@code GOOFER_BENCH_POSTGRES_URL} (else
 * {@code GOOFER_TEST_POSTGRES_URL}), so nothing needs a database at build time.
 */
@NullMarked
package dev.goofer.benchmarks.runtime;

import org.jspecify.annotations.NullMarked;
