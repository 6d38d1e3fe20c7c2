package dev.goofer.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A time source that moves only when told to.
 */
final class FakeTicker implements Ticker {

    private volatile long nanos;

    @Override
    public long read() {
        return this.nanos;
    }

    void advance(Duration duration) {
        this.nanos += duration.toNanos();
    }

}
