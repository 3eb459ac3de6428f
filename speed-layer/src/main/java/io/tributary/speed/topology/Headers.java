package io.tributary.speed.topology;

/** Names of the headers the speed layer adds to DLQ and late records. Part of the documented output format. */
public final class Headers {
    public static final String REASON = "tributary.reason";
    public static final String MESSAGE = "tributary.message";
    public static final String SOURCE_TOPIC = "tributary.source.topic";
    public static final String SOURCE_PARTITION = "tributary.source.partition";
    public static final String SOURCE_OFFSET = "tributary.source.offset";
    public static final String LATENESS = "tributary.lateness";
    public static final String SPEED_WATERMARK = "tributary.speed.watermark";
    public static final String BATCH_WATERMARK = "tributary.batch.watermark";

    private Headers() {
    }
}
