package io.tributary.batch.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides what a new archive run copies, from three facts per partition: where the committed archive ends (the
 * last committed {@code to}; none for a partition never archived), the log's first offset and its last stable
 * offset (the end a {@code read_committed} reader sees: no open transaction behind it, so every record before it
 * is decided and a reread gives the same records).
 *
 * <ul>
 *   <li>A partition never archived starts at the log's first offset.</li>
 *   <li>A partition whose committed end is behind the log's first offset lost records to retention before they were
 *       archived: that is a gap, and the run refuses ({@link ArchiveGapException}) instead of silently skipping.</li>
 *   <li>A committed end beyond the log's end means the topic was deleted and recreated (or the manifest belongs to
 *       another cluster): refused too.</li>
 *   <li>The rest, {@code [committed end, last stable offset)}, is cut into ranges of at most {@code maxPerRange}
 *       offsets; partitions with nothing new give no range.</li>
 * </ul>
 * Pure: no Kafka, no file system, so the rules are tested on their own.
 */
public final class ArchivePlanner {

    private ArchivePlanner() {
    }

    /** The offsets a partition's log holds now: {@code [start, end)}, end being the last stable offset. */
    public record LogExtent(long start, long end) {
        public LogExtent {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a log extent: [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * @param committedEnds where the committed archive ends, per partition ever archived
     * @param logs          every partition of the archived topics with its log's extent now
     * @param maxPerRange   most offsets per range (per task and file)
     * @return the ranges to copy, sorted by partition and offset
     * @throws ArchiveGapException when a partition's log no longer holds the next offset to archive, or is shorter
     *                             than what was archived
     */
    public static List<OffsetRange> plan(Map<TopicPartitionId, Long> committedEnds,
                                         Map<TopicPartitionId, LogExtent> logs, long maxPerRange) {
        List<OffsetRange> ranges = new ArrayList<>();
        for (Map.Entry<TopicPartitionId, LogExtent> e : new TreeMap<>(logs).entrySet()) {
            TopicPartitionId tp = e.getKey();
            LogExtent log = e.getValue();
            Long committed = committedEnds.get(tp);
            long from = committed == null ? log.start() : committed;
            if (from < log.start()) {
                throw new ArchiveGapException(tp + ": the archive ends at offset " + from + " but the log now starts at "
                    + log.start() + ": offsets [" + from + ", " + log.start() + ") were deleted (retention) before they "
                    + "were archived. Archive more often than the topic's retention; to accept the loss, see "
                    + "docs/LANDING.md (\"Gaps\")");
            }
            if (from > log.end()) {
                throw new ArchiveGapException(tp + ": the archive ends at offset " + from + " but the log ends at "
                    + log.end() + ": was the topic recreated? The archive manifest does not match this topic");
            }
            if (from < log.end()) {
                ranges.addAll(new OffsetRange(tp, from, log.end()).split(maxPerRange));
            }
        }
        Collections.sort(ranges);
        return List.copyOf(ranges);
    }

    /** Where each partition's committed archive ends: the largest {@code to} of its committed ranges. */
    public static Map<TopicPartitionId, Long> committedEnds(List<ArchiveManifest> committed) {
        Map<TopicPartitionId, Long> ends = new TreeMap<>();
        for (ArchiveManifest m : committed) {
            for (OffsetRange r : m.ranges()) {
                ends.merge(r.partition(), r.to(), Math::max);
            }
        }
        return ends;
    }
}
