package io.tributary.serving.view;

/**
 * What the speed layer counted for one bucket (see core's {@code PendingLate}): {@code seen} is every valid,
 * deduplicated Kafka event of the bucket, windowed or late, before the TEST filter; {@code windowed} is how many of
 * them made it into a speed window.
 */
public record SeenCounts(long seen, long windowed) {

    public static final SeenCounts NONE = new SeenCounts(0, 0);

    public SeenCounts {
        if (seen < 0 || windowed < 0) {
            throw new IllegalArgumentException("negative counts: seen=" + seen + " windowed=" + windowed);
        }
    }

    public SeenCounts plus(SeenCounts o) {
        return new SeenCounts(seen + o.seen, windowed + o.windowed);
    }
}
