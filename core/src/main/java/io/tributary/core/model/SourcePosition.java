package io.tributary.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where exactly a record was read: the identity of a record's occurrence, carried into the error table and
 * used to pick the dedup survivor.
 *
 * <p>The natural order is the contract's "first by ingest position": ingest time, then source kind
 * ({@link SourceKind} declaration order), then source name, then offset, then line. Batch and speed layers
 * must build positions the same way for the same record (for a Kafka record: topic-partition, message offset
 * and the message timestamp as ingest time, also when the record is archived into the raw zone) so that both
 * elect the same survivor.
 *
 * @param kind       Kafka or files
 * @param sourceName file path, or {@code topic-partition} for Kafka
 * @param offset     byte offset of the record's first byte in the (uncompressed) file, or the Kafka message offset
 * @param line       1-based line number of the record's first line in a file; 0 when not applicable (Kafka)
 * @param ingestTime when the record entered the platform (landing time of the file, timestamp of the message)
 */
public record SourcePosition(SourceKind kind, String sourceName, long offset, long line, Instant ingestTime)
    implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator
        .comparing(SourcePosition::ingestTime)
        .thenComparing(SourcePosition::kind)
        .thenComparing(SourcePosition::sourceName)
        .thenComparingLong(SourcePosition::offset)
        .thenComparingLong(SourcePosition::line);

    public SourcePosition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(ingestTime, "ingestTime");
        if (offset < 0 || line < 0) {
            throw new IllegalArgumentException("offset and line must not be negative: " + offset + ", " + line);
        }
    }

    /** A record of a file: its byte offset (of the uncompressed content) and 1-based line number. */
    public static SourcePosition ofFile(String path, long byteOffset, long line, Instant ingestTime) {
        return new SourcePosition(SourceKind.FILES, path, byteOffset, line, ingestTime);
    }

    /** A Kafka message; the source name is {@code topic-partition}, as Kafka itself prints it. */
    public static SourcePosition ofKafka(String topic, int partition, long offset, Instant timestamp) {
        return new SourcePosition(SourceKind.KAFKA, topic + "-" + partition, offset, 0, timestamp);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    /** True when this position comes strictly before {@code other} in the survivor order. */
    public boolean isBefore(SourcePosition other) {
        return compareTo(other) < 0;
    }

    /** A short human-readable form for messages and logs, e.g. {@code in/a.jsonl:12@2041}. */
    public String describe() {
        return kind == SourceKind.KAFKA ? sourceName + "@" + offset : sourceName + ":" + line + "@" + offset;
    }
}
