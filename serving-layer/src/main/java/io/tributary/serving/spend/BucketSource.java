package io.tributary.serving.spend;

/** Which view answered a bucket. */
public enum BucketSource {
    /** The published batch generation: the bucket ends at or before {@code Wb}. */
    BATCH,
    /** The speed view's hourly windows: the bucket ends after {@code Wb}. */
    SPEED
}
