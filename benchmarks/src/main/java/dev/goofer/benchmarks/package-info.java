/**
 * JMH benchmarks, each measured beside a baseline in the same run.
 */
@NullMarked
package dev.goofer.benchmarks;

import org.jspecify.annotations.NullMarked;
