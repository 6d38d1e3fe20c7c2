package dev.goofer.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of the query cache: what is cached for how long, and how many results
 * at most.
 *
 * @param defaultTtl how long a cached result lives when neither the query nor its model
 * names a time to live
 * @param maximumSize the maximum number of cached results
 * @param cachedModels the models whose reads are always cached, as if every read of them
 * called {@code .cache()}
 * @param modelTtls the time to live of cached reads per model, overriding
 * {@code defaultTtl}
 */
public record QueryCacheSettings(Duration defaultTtl, long maximumSize, Set<String> cachedModels,
        Map<String, Duration> modelTtls) {

    /** Five minutes, at most 10,000 results, no model cached unless a query asks. */
    public static final QueryCacheSettings DEFAULT = builder().build();

    public QueryCacheSettings {
        requirePositive(defaultTtl, "defaultTtl");
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize must not be negative, was " + maximumSize);
        }
        cachedModels = Set.copyOf(cachedModels);
        modelTtls.forEach((model, ttl) -> requirePositive(ttl, "ttl of model \"" + model + "\""));
        modelTtls = Map.copyOf(modelTtls);
    }

    /**
     * Start building settings.
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether every read of a model is cached.
     * @param model the model name
     * @return whether the model is configured as always cached
     */
    public boolean cachesAlways(String model) {
        return this.cachedModels.contains(model);
    }

    /**
     * Return the time to live of a cached read: the query's own, else its model's, else
     * the default.
     * @param model the model name, or {@code null} for raw SQL without a result model
     * @param requested the time to live the query asked for, or {@code null}
     * @return the time to live
     */
    public Duration ttl(@Nullable String model, @Nullable Duration requested) {
        if (requested != null) {
            return requested;
        }
        Duration modelTtl = (model != null) ? this.modelTtls.get(model) : null;
        return (modelTtl != null) ? modelTtl : this.defaultTtl;
    }

    private static void requirePositive(Duration ttl, String name) {
        Objects.requireNonNull(ttl, name);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + ttl);
        }
    }

    /**
     * Builds {@link QueryCacheSettings}; each property may be set once.
     */
    public static final class Builder {

        private @Nullable Duration defaultTtl;

        private long maximumSize = -1;

        private final Set<String> cachedModels = new LinkedHashSet<>();

        private final Map<String, Duration> modelTtls = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Set how long a cached result lives when neither the query nor its model names a
         * time to live (five minutes unless set).
         * @param ttl the time to live
         * @return this builder
         */
        public Builder defaultTtl(Duration ttl) {
            requireState(this.defaultTtl == null, "defaultTtl was already set to %s", this.defaultTtl);
            requirePositive(ttl, "defaultTtl");
            this.defaultTtl = ttl;
            return this;
        }

        /**
         * Set the maximum number of cached results (10,000 unless set).
         * @param maximumSize the maximum size
         * @return this builder
         */
        public Builder maximumSize(long maximumSize) {
            requireState(this.maximumSize == -1, "maximumSize was already set to %s", this.maximumSize);
            if (maximumSize < 0) {
                throw new IllegalArgumentException("maximumSize must not be negative, was " + maximumSize);
            }
            this.maximumSize = maximumSize;
            return this;
        }

        /**
         * Cache every read of a model, as if each called {@code .cache()}.
         * @param model the model name
         * @return this builder
         */
        public Builder cacheModel(String model) {
            requireState(this.cachedModels.add(Objects.requireNonNull(model, "model")), "model %s is already cached",
                    model);
            return this;
        }

        /**
         * Set the time to live of cached reads of a model.
         * @param model the model name
         * @param ttl the time to live
         * @return this builder
         */
        public Builder modelTtl(String model, Duration ttl) {
            Objects.requireNonNull(model, "model");
            requirePositive(ttl, "ttl of model \"" + model + "\"");
            Duration previous = this.modelTtls.putIfAbsent(model, ttl);
            requireState(previous == null, "ttl of model " + model + " was already set to %s", previous);
            return this;
        }

        /**
         * Build the settings.
         * @return the settings
         */
        public QueryCacheSettings build() {
            return new QueryCacheSettings((this.defaultTtl != null) ? this.defaultTtl : Duration.ofMinutes(5),
                    (this.maximumSize != -1) ? this.maximumSize : 10_000, this.cachedModels, this.modelTtls);
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
