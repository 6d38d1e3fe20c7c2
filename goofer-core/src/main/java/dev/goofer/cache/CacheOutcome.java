package dev.goofer.cache;

import java.util.Locale;

/**
 * How the query cache handled one operation, as the {@code cached} tag of the profiler
 * reports it.
 */
public enum CacheOutcome {

    /** The result was served from the cache. */
    HIT,

    /**
     * The result was cacheable but not cached yet (or no longer valid), so it was read.
     */
    MISS,

    /**
     * The operation was not cacheable: a write, not opted in, or inside a transaction.
     */
    NONE;

    private final String tagValue = name().toLowerCase(Locale.ROOT);

    /**
     * Return the value of the {@code cached} tag.
     * @return {@code hit}, {@code miss} or {@code none}
     */
    public String tagValue() {
        return this.tagValue;
    }

}
