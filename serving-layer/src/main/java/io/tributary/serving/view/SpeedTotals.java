package io.tributary.serving.view;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the speed layer's rows in the meta table say about its totals, summed over its input partitions.
 *
 * @param late             late events routed to the late topic and still counted (the sum of the hourly late
 *                         counters; the nightly expiry removes the hours the published batch view has reconciled)
 * @param rejected         records sent to the dead-letter topic since the speed layer's state began: every reason
 *                         code, {@code DUPLICATE_CONFLICT} included
 * @param rejectedByReason the same per reason code (only reasons that occurred), by name
 * @param consumerLag      records of the input topic not yet processed and committed, at {@code lagMeasuredAt};
 *                         null before the first measurement
 * @param lagMeasuredAt    when the lag was measured (the oldest of its partitions' measurements), or null
 */
public record SpeedTotals(long late, long rejected, Map<String, Long> rejectedByReason, Long consumerLag,
                          Instant lagMeasuredAt) {

    public SpeedTotals {
        rejectedByReason = Map.copyOf(Objects.requireNonNull(rejectedByReason, "rejectedByReason"));
    }

    /** Late events only: nothing rejected, no lag measured yet. */
    public static SpeedTotals ofLate(long late) {
        return new SpeedTotals(late, 0, Map.of(), null, null);
    }
}
