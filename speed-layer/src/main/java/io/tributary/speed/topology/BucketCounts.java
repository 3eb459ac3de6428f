package io.tributary.speed.topology;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import java.nio.ByteBuffer;

/**
 * What the speed layer holds for one bucket: the CONTRACT 2 measures of its on-time, non-TEST events (computed by
 * core's {@link SpendMeasures}, so batch and speed agree), plus the lateness contract's counts:
 * {@code seen} = every valid, deduplicated Kafka event of the bucket, windowed or late, of customers not filtered
 * as TEST (the batch filters them too, so it could never count them and they would stay pending);
 * {@code late} = those of them that were late. Pending for a speed-answered bucket is {@code late}
 * ({@code seen - windowed}); for a batch-answered one {@code seen - batch kafka_count}.
 *
 * <p>Mutable; stored as fixed-width big-endian longs.
 */
public final class BucketCounts {
    static final int BYTES = 8 * 8;

    long seen;
    long late;
    private SpendMeasures measures = new SpendMeasures();

    /** Adds one on-time event to the measures, by core's rules. */
    void addMeasures(Transaction t) {
        measures.add(t, SourceKind.KAFKA);
    }

    /** The measures of the windowed events (read-only use: the bucket owns them). */
    public SpendMeasures measures() {
        return measures;
    }

    public long seen() {
        return seen;
    }

    public long late() {
        return late;
    }

    /** On-time events of customers not filtered as TEST: {@code seen - late}. */
    public long windowed() {
        return seen - late;
    }

    public long txnCount() {
        return measures.txnCount();
    }

    public long approvedCount() {
        return measures.approvedCount();
    }

    public long approvedCents() {
        return measures.approvedCents();
    }

    public long declinedCount() {
        return measures.declinedCount();
    }

    public long reversedCents() {
        return measures.reversedCents();
    }

    public long kafkaCount() {
        return measures.kafkaCount();
    }

    byte[] encode() {
        return ByteBuffer.allocate(BYTES).putLong(seen).putLong(late).putLong(txnCount()).putLong(approvedCount())
            .putLong(approvedCents()).putLong(declinedCount()).putLong(reversedCents()).putLong(kafkaCount()).array();
    }

    void writeTo(ByteBuffer b) {
        b.put(encode());
    }

    static BucketCounts readFrom(ByteBuffer b) {
        BucketCounts c = new BucketCounts();
        c.seen = b.getLong();
        c.late = b.getLong();
        c.measures = SpendMeasures.of(b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong());
        return c;
    }

    static BucketCounts decode(byte[] bytes) {
        return bytes == null ? new BucketCounts() : readFrom(ByteBuffer.wrap(bytes));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BucketCounts c && java.util.Arrays.equals(encode(), c.encode());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "BucketCounts{seen=" + seen + ", late=" + late + ", " + measures + "}";
    }
}
