package io.tributary.batch.archive;

import io.tributary.core.io.KafkaArchiveFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Offsets {@code [from, to)} of one topic partition: what one archive task copies into one file. A range may
 * yield fewer records than {@code to - from} (offsets of aborted transactions, transaction markers, compacted
 * records), never more.
 */
public record OffsetRange(TopicPartitionId partition, long from, long to) implements Comparable<OffsetRange> {

    public OffsetRange {
        Objects.requireNonNull(partition, "partition");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("not a non-empty offset range: [" + from + ", " + to + ")");
        }
    }

    public OffsetRange(String topic, int partition, long from, long to) {
        this(new TopicPartitionId(topic, partition), from, to);
    }

    public String topic() {
        return partition.topic();
    }

    /** Offsets in the range. */
    public long size() {
        return to - from;
    }

    /** Cut into consecutive ranges of at most {@code max} offsets, in order. */
    public List<OffsetRange> split(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        List<OffsetRange> pieces = new ArrayList<>();
        long start = from;
        while (start < to) {
            long end = to - start <= max ? to : start + max;
            pieces.add(new OffsetRange(partition, start, end));
            start = end;
        }
        return pieces;
    }

    /**
     * The archive file's original name, {@code <topic>-<partition>-<from>-<to>.kafka.gz}: tells what it holds, and
     * its extension tells the format. The landed name adds the ingest stamp and content hash in front.
     */
    public String fileName() {
        return partition + "-" + from + "-" + to + KafkaArchiveFormat.EXTENSION + ".gz";
    }

    /** The manifest's and landing record's spelling, {@code kafka:<topic>-<partition>@[from,to)}. */
    public String describe() {
        return "kafka:" + partition + "@[" + from + "," + to + ")";
    }

    @Override
    public int compareTo(OffsetRange o) {
        int c = partition.compareTo(o.partition);
        return c != 0 ? c : Long.compare(from, o.from);
    }
}
