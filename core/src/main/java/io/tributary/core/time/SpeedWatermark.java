package io.tributary.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The speed watermark {@code Ws = max event time seen - grace}, as an immutable value that advances with the
 * events observed; it never goes back. Observe valid events only: a rejected record (for instance a
 * {@code FUTURE_EVENT_TIME}) must not move it, or one bad clock would close every window.
 *
 * @param maxEventTime the greatest event time seen so far, null before the first event
 * @param grace        how long a window stays open after the event time has passed its end (default 10 minutes)
 */
public record SpeedWatermark(Instant maxEventTime, Duration grace) {

    /** The contract's default grace period. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    public SpeedWatermark {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
    }

    /** Nothing seen yet. */
    public static SpeedWatermark initial(Duration grace) {
        return new SpeedWatermark(null, grace);
    }

    public static SpeedWatermark initial() {
        return initial(DEFAULT_GRACE);
    }

    /** The watermark after seeing an event at {@code eventTime} ({@code this} when it does not move). */
    public SpeedWatermark observe(Instant eventTime) {
        return maxEventTime == null || eventTime.isAfter(maxEventTime) ? new SpeedWatermark(eventTime, grace) : this;
    }

    /** {@code Ws}, or empty before the first event (then no window is closed). */
    public Optional<Instant> value() {
        return Optional.ofNullable(valueOrNull());
    }

    /** {@code Ws}, or null before the first event. */
    public Instant valueOrNull() {
        return maxEventTime == null ? null : maxEventTime.minus(grace);
    }
}
