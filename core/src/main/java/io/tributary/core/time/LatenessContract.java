package io.tributary.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The lateness contract shared by the speed layer, the batch layer and the serving layer (see the architecture's
 * "lateness contract"). All buckets are UTC; the speed layer's window is the {@link Granularity#HOUR hour}.
 *
 * <p>A window {@code [start, end)} closes when {@code Ws} reaches its end ({@code end <= Ws}), which is how a
 * windowed stream with a grace period behaves. So an event is late for the speed layer when its hour has closed,
 * not merely when its own time is behind {@code Ws}: an event at 10:05 while {@code Ws} is 10:30 still lands in the
 * open 10:00-11:00 window.
 */
public final class LatenessContract {

    private LatenessContract() {
    }

    /**
     * Classifies an event.
     *
     * @param eventTime      the event's time
     * @param speedWatermark {@code Ws}, or null when no event has been seen (no window is closed)
     * @param batchWatermark {@code Wb}, or null when no batch generation has been published
     */
    public static Lateness classify(Instant eventTime, Instant speedWatermark, Instant batchWatermark) {
        if (batchWatermark != null && eventTime.isBefore(batchWatermark)) {
            return Lateness.LATE_BEFORE_BATCH_WATERMARK;
        }
        if (speedWatermark != null && isWindowClosed(TimeBucket.hourOf(eventTime), speedWatermark)) {
            return Lateness.LATE_SPEED_WINDOW_CLOSED;
        }
        return Lateness.ON_TIME;
    }

    /** True when the speed watermark has reached the bucket's end. */
    public static boolean isWindowClosed(TimeBucket window, Instant speedWatermark) {
        return !speedWatermark.isBefore(window.end());
    }

    /**
     * {@code Wb} for a published batch view whose last covered event date is {@code lastCoveredDate}: the end of
     * that day, midnight UTC of the next.
     */
    public static Instant batchWatermark(LocalDate lastCoveredDate) {
        return lastCoveredDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** True when the serving layer answers the bucket from the batch view: it ends at or before {@code Wb}. */
    public static boolean isAnsweredByBatch(TimeBucket bucket, Instant batchWatermark) {
        return batchWatermark != null && !bucket.end().isAfter(batchWatermark);
    }
}
