package io.tributary.core.time;

/**
 * How an event stands to the speed layer, by the lateness contract. Late events are never dropped: they go to
 * the late topic, count as pending-late for their bucket and reach the batch view through the raw zone.
 */
public enum Lateness {
    /** The event's speed window is open and its bucket is answered from the speed view: apply it there. */
    ON_TIME,
    /** The event's hourly window has closed: its hour ended at or before the speed watermark Ws. */
    LATE_SPEED_WINDOW_CLOSED,
    /**
     * The event lies before the batch watermark Wb: its bucket is answered from a published batch generation, so a
     * speed update would never be shown. Wins over {@link #LATE_SPEED_WINDOW_CLOSED} when both hold.
     */
    LATE_BEFORE_BATCH_WATERMARK;

    public boolean isLate() {
        return this != ON_TIME;
    }
}
