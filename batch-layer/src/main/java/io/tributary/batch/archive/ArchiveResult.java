package io.tributary.batch.archive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@code archive} run did.
 *
 * @param manifest the committed manifest of the run (ranges and files); null when there was nothing new
 * @param redone   true when the run finished an earlier run's intent (same ranges, same files) instead of planning
 */
public record ArchiveResult(ArchiveManifest manifest, boolean redone) {

    public static final ArchiveResult NOTHING_NEW = new ArchiveResult(null, false);

    public boolean isEmpty() {
        return manifest == null;
    }

    public List<ArchivedFile> ranges() {
        return manifest == null ? List.of() : manifest.files();
    }

    public long records() {
        return manifest == null ? 0 : manifest.records();
    }

    public long files() {
        return ranges().stream().filter(ArchivedFile::hasFile).count();
    }

    /** Records per topic-partition. */
    public Map<TopicPartitionId, Long> recordsByPartition() {
        Map<TopicPartitionId, Long> sum = new TreeMap<>();
        ranges().forEach(f -> sum.merge(f.range().partition(), f.records(), Long::sum));
        return sum;
    }

    /** Files per topic-partition. */
    public Map<TopicPartitionId, Long> filesByPartition() {
        Map<TopicPartitionId, Long> sum = new TreeMap<>();
        ranges().forEach(f -> sum.merge(f.range().partition(), f.hasFile() ? 1L : 0L, Long::sum));
        return sum;
    }

    /** One line, e.g. {@code archive-20261127T200000Z: 1200 record(s) in 3 file(s) from 2 partition(s)}. */
    public String describe() {
        if (manifest == null) {
            return "nothing new to archive";
        }
        return manifest.runId() + (redone ? " (finished an interrupted run)" : "") + ": " + records()
            + " record(s) in " + files() + " file(s) from " + recordsByPartition().size() + " partition(s), "
            + manifest.ranges().size() + " range(s)";
    }
}
