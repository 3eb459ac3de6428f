package io.tributary.serving.spend;

import java.time.Instant;
import java.util.List;

/**
 * The merged answer for one customer and range: buckets in time order (then currency), the watermarks they were
 * merged at, and the sum of the buckets' pending-late counts.
 */
public record SpendAnswer(String customerId, Instant batchWatermark, Instant speedWatermark, long generation,
                          long pendingLateEvents, List<BucketAnswer> buckets) {

    public SpendAnswer {
        buckets = List.copyOf(buckets);
    }
}
