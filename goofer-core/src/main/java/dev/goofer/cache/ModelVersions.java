package dev.goofer.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * When each model last changed, on one logical clock. A read takes a {@link #stamp()}
 * before it queries the database; its result stays valid while no model it read changed
 * after that stamp. Writers call {@link #changed(Footprint)} only after their changes are
 * committed, so a stamp taken after a write's change was recorded belongs to a read that
 * sees the write, and a result read before is stale as soon as the change is recorded.
 */
final class ModelVersions {

    private final AtomicLong clock = new AtomicLong();

    private final AtomicLongArray changedAt;

    private final int everything;

    ModelVersions(int models) {
        this.changedAt = new AtomicLongArray(models + 1);
        this.everything = models;
    }

    long stamp() {
        return this.clock.get();
    }

    /** Whether no model of the footprint (nor everything) changed after the stamp. */
    boolean unchangedSince(int[] models, long stamp) {
        if (this.changedAt.get(this.everything) > stamp) {
            return false;
        }
        for (int model : models) {
            if (this.changedAt.get(model) > stamp) {
                return false;
            }
        }
        return true;
    }

    /**
     * Record that the footprint's models changed. Times only grow: a slower writer that
     * ticked earlier must not move a model's time back below a later writer's.
     */
    void changed(Footprint footprint) {
        long now = this.clock.incrementAndGet();
        if (footprint.everything()) {
            this.changedAt.accumulateAndGet(this.everything, now, Math::max);
            return;
        }
        for (int model : footprint.models()) {
            this.changedAt.accumulateAndGet(model, now, Math::max);
        }
    }

}
