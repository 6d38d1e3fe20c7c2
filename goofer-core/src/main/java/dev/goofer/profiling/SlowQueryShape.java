package dev.goofer.profiling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often operations of one shape were slow.
 *
 * @param shape the shape: the model and operation, and the normalized SQL when SQL is
 * recorded (whitespace collapsed, literals and placeholder lists folded to {@code ?})
 * @param model the model
 * @param operation the operation name
 * @param count the number of slow operations of this shape
 * @param maxDuration the longest of them
 * @param totalDuration their total duration
 * @param lastSeen when the latest of them ended
 */
public record SlowQueryShape(String shape, String model, String operation, long count, Duration maxDuration,
        Duration totalDuration, Instant lastSeen) {

    public SlowQueryShape {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(totalDuration, "totalDuration");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    SlowQueryShape add(SlowQuery query) {
        return new SlowQueryShape(this.shape, this.model, this.operation, this.count + 1,
                (query.duration().compareTo(this.maxDuration) > 0) ? query.duration() : this.maxDuration,
                this.totalDuration.plus(query.duration()), query.timestamp());
    }

    static SlowQueryShape first(SlowQuery query) {
        return new SlowQueryShape(query.shape(), query.model(), query.operation(), 1, query.duration(),
                query.duration(), query.timestamp());
    }

}
