package dev.goofer.profiling;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of the profiler.
 *
 * @param slowQueryThreshold how long an operation may take before it counts as slow
 * @param recordSql whether the SQL text of slow operations is kept in the slow-query log
 * and written in their log line (never in metric tags)
 * @param logParameters whether the bound values of slow operations are kept and logged
 * too; off by default, since they may hold personal data
 * @param capacity how many slow operations the slow-query log keeps
 * @param maxShapes how many query shapes the slow-query log counts; the least recently
 * seen shape is forgotten beyond that
 */
public record ProfilingSettings(Duration slowQueryThreshold, boolean recordSql, boolean logParameters, int capacity,
        int maxShapes) {

    /**
     * A 500 ms threshold, SQL recorded, no bound values, 100 slow queries, 500 shapes.
     */
    public static final ProfilingSettings DEFAULT = builder().build();

    public ProfilingSettings {
        Objects.requireNonNull(slowQueryThreshold, "slowQueryThreshold");
        if (slowQueryThreshold.isNegative()) {
            throw new IllegalArgumentException("slowQueryThreshold must not be negative, was " + slowQueryThreshold);
        }
        if (capacity < 1 || maxShapes < 1) {
            throw new IllegalArgumentException(
                    "capacity and maxShapes must be positive, were " + capacity + " and " + maxShapes);
        }
    }

    /**
     * Start building settings.
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ProfilingSettings}; each property may be set once.
     */
    public static final class Builder {

        private @Nullable Duration slowQueryThreshold;

        private @Nullable Boolean recordSql;

        private @Nullable Boolean logParameters;

        private int capacity;

        private int maxShapes;

        private Builder() {
        }

        /**
         * Set how long an operation may take before it counts as slow (500 ms unless
         * set).
         * @param threshold the threshold
         * @return this builder
         */
        public Builder slowQueryThreshold(Duration threshold) {
            requireState(this.slowQueryThreshold == null, "slowQueryThreshold was already set to %s",
                    this.slowQueryThreshold);
            this.slowQueryThreshold = Objects.requireNonNull(threshold, "threshold");
            return this;
        }

        /**
         * Set whether the SQL text of slow operations is kept and logged (on unless set).
         * @param recordSql whether to record SQL
         * @return this builder
         */
        public Builder recordSql(boolean recordSql) {
            requireState(this.recordSql == null, "recordSql was already set to %s", this.recordSql);
            this.recordSql = recordSql;
            return this;
        }

        /**
         * Set whether bound values of slow operations are kept and logged (off unless
         * set).
         * @param logParameters whether to log bound values
         * @return this builder
         */
        public Builder logParameters(boolean logParameters) {
            requireState(this.logParameters == null, "logParameters was already set to %s", this.logParameters);
            this.logParameters = logParameters;
            return this;
        }

        /**
         * Set how many slow operations the slow-query log keeps (100 unless set).
         * @param capacity the capacity
         * @return this builder
         */
        public Builder capacity(int capacity) {
            requireState(this.capacity == 0, "capacity was already set to %s", this.capacity);
            this.capacity = positive(capacity, "capacity");
            return this;
        }

        /**
         * Set how many query shapes the slow-query log counts (500 unless set).
         * @param maxShapes the number of shapes
         * @return this builder
         */
        public Builder maxShapes(int maxShapes) {
            requireState(this.maxShapes == 0, "maxShapes was already set to %s", this.maxShapes);
            this.maxShapes = positive(maxShapes, "maxShapes");
            return this;
        }

        /**
         * Build the settings.
         * @return the settings
         */
        public ProfilingSettings build() {
            return new ProfilingSettings(
                    (this.slowQueryThreshold != null) ? this.slowQueryThreshold : Duration.ofMillis(500),
                    (this.recordSql != null) ? this.recordSql : true,
                    (this.logParameters != null) ? this.logParameters : false,
                    (this.capacity != 0) ? this.capacity : 100, (this.maxShapes != 0) ? this.maxShapes : 500);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
