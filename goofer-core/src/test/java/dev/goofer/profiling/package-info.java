/**
 * Tests of the slow-query profiler.
 */
@NullMarked
package dev.goofer.profiling;

import org.jspecify.annotations.NullMarked;
