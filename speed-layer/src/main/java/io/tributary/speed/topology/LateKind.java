package io.tributary.speed.topology;

import io.tributary.core.time.Lateness;

/** Why an event went to the late topic: the value of the {@code tributary.lateness} header. */
public enum LateKind {
    /** Its hour ended at or before the speed watermark Ws: the window has closed. */
    SPEED_WINDOW_CLOSED,
    /** It lies before the batch watermark Wb: its bucket is answered from a published batch generation. */
    BEFORE_BATCH_WATERMARK,
    /**
     * It lies more than {@code speed.retention} behind Ws: its dedup entry and bucket counts are gone, so it is
     * neither deduplicated nor counted in its bucket's {@code seen}; it still goes to the late topic and the hourly
     * late counter. The nightly batch run reconciles it like any late event.
     */
    BEYOND_RETENTION;

    static LateKind of(Lateness lateness) {
        return switch (lateness) {
            case LATE_SPEED_WINDOW_CLOSED -> SPEED_WINDOW_CLOSED;
            case LATE_BEFORE_BATCH_WATERMARK -> BEFORE_BATCH_WATERMARK;
            case ON_TIME -> throw new IllegalArgumentException("an on-time event is not late");
        };
    }
}
