package io.tributary.core.time;

import java.time.Instant;

/**
 * Pending-late arithmetic: how many known events of a bucket are in neither view yet. It needs no clearing and
 * heals itself at the next nightly run.
 *
 * <p>The counts must be of the same set of events on both sides: per bucket, the valid, deduplicated events of
 * which a copy came through Kafka, of customers not filtered as {@code TEST}. {@code speedSeen} is what the speed
 * layer saw, windowed or late; {@code batchCounted} is how many of the batch view's events for the bucket were seen
 * on Kafka (any copy, not only the surviving one); {@code speedWindowed} is how many the speed view itself holds.
 * When the customer dimension changes between the two counts, a customer who became {@code TEST} over-states the
 * pending count and one who stopped being {@code TEST} is simply counted by the batch: never an under-statement.
 *
 * <p>A pending count may over-state (an event between the archive cut-off and the move of {@code Wb}), never
 * under-state; it is never negative.
 */
public final class PendingLate {

    private PendingLate() {
    }

    /** Pending for a bucket answered by the batch view: {@code max(0, speedSeen - batchCounted)}. */
    public static long beforeBatchWatermark(long speedSeen, long batchCounted) {
        return Math.max(0, speedSeen - batchCounted);
    }

    /** Pending for a bucket answered by the speed view: the events it saw but could not window (late). */
    public static long fromBatchWatermark(long speedSeen, long speedWindowed) {
        return Math.max(0, speedSeen - speedWindowed);
    }

    /** Pending for any bucket, choosing the rule by which view answers it. */
    public static long forBucket(TimeBucket bucket, Instant batchWatermark, long speedSeen, long speedWindowed,
                                 long batchCounted) {
        return LatenessContract.isAnsweredByBatch(bucket, batchWatermark)
            ? beforeBatchWatermark(speedSeen, batchCounted)
            : fromBatchWatermark(speedSeen, speedWindowed);
    }

    /** The API's {@code reconciled}: answered by the batch view with nothing pending. */
    public static boolean isReconciled(TimeBucket bucket, Instant batchWatermark, long speedSeen, long batchCounted) {
        return LatenessContract.isAnsweredByBatch(bucket, batchWatermark)
            && beforeBatchWatermark(speedSeen, batchCounted) == 0;
    }
}
