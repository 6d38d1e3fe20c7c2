/**
 * The slow-query profiler: Micrometer timings of every operation and a bounded log of the
 * slow ones, with the SQL they ran.
 */
@NullMarked
package dev.goofer.profiling;

import org.jspecify.annotations.NullMarked;
