package io.tributary.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PendingLateTest {

    private static final Instant WB = LatenessContract.batchWatermark(LocalDate.of(2026, 11, 25));
    private static final TimeBucket BEFORE = TimeBucket.hourOf(Instant.parse("2026-11-25T23:00:00Z"));
    private static final TimeBucket AFTER = TimeBucket.hourOf(Instant.parse("2026-11-26T00:00:00Z"));

    @Test
    void beforeTheBatchWatermarkPendingIsSeenMinusCountedNeverNegative() {
        assertThat(PendingLate.beforeBatchWatermark(10, 7)).isEqualTo(3);
        assertThat(PendingLate.beforeBatchWatermark(10, 10)).isZero();
        assertThat(PendingLate.beforeBatchWatermark(7, 10)).isZero();
        assertThat(PendingLate.forBucket(BEFORE, WB, 10, 4, 7)).isEqualTo(3);
    }

    @Test
    void fromTheBatchWatermarkPendingIsWhatTheSpeedViewCouldNotWindow() {
        assertThat(PendingLate.forBucket(AFTER, WB, 10, 8, 0)).isEqualTo(2);
        assertThat(PendingLate.forBucket(AFTER, null, 10, 10, 0)).isZero();
        assertThat(PendingLate.fromBatchWatermark(3, 5)).isZero();
    }

    @Test
    void reconciledMeansBatchAnsweredAndNothingPending() {
        assertThat(PendingLate.isReconciled(BEFORE, WB, 5, 5)).isTrue();
        assertThat(PendingLate.isReconciled(BEFORE, WB, 6, 5)).isFalse();
        assertThat(PendingLate.isReconciled(AFTER, WB, 0, 0)).isFalse();
        assertThat(PendingLate.isReconciled(BEFORE, null, 0, 0)).isFalse();
    }

    @Test
    void aLateEventHealsAtTheNextNightlyRun() {
        // Day 25 is published with 5 Kafka events; one more arrives late and the speed layer sees it.
        long speedSeen = 6;
        long batchCounted = 5;
        assertThat(PendingLate.forBucket(BEFORE, WB, speedSeen, 0, batchCounted)).isEqualTo(1);
        // The nightly run recomputes day 25 with the archived late event.
        batchCounted = 6;
        assertThat(PendingLate.forBucket(BEFORE, WB, speedSeen, 0, batchCounted)).isZero();
    }
}
