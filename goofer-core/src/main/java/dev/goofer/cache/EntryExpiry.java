package dev.goofer.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Each entry lives for its own time to live from when it was stored; reads do not extend
 * it.
 */
final class EntryExpiry implements Expiry<CacheKey, CacheEntry> {

    static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        }
        catch (ArithmeticException ex) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public long expireAfterCreate(CacheKey key, CacheEntry entry, long currentTime) {
        return entry.ttlNanos();
    }

    @Override
    public long expireAfterUpdate(CacheKey key, CacheEntry entry, long currentTime, long currentDuration) {
        return entry.ttlNanos();
    }

    @Override
    public long expireAfterRead(CacheKey key, CacheEntry entry, long currentTime, long currentDuration) {
        return currentDuration;
    }

}
