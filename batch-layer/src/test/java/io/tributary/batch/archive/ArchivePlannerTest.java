package io.tributary.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.archive.ArchivePlanner.LogExtent;
import io.tributary.core.config.ConfigException;
import io.tributary.core.config.TributaryConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchivePlannerTest {

    private static final TopicPartitionId T0 = new TopicPartitionId("transactions", 0);
    private static final TopicPartitionId T1 = new TopicPartitionId("transactions", 1);
    private static final Instant AT = Instant.parse("2026-11-27T20:00:00Z");

    @Test
    void aPartitionNeverArchivedStartsAtTheLogsFirstOffset() {
        List<OffsetRange> plan = ArchivePlanner.plan(Map.of(), Map.of(T0, new LogExtent(5, 12), T1, new LogExtent(0, 0)), 100);
        assertThat(plan).containsExactly(new OffsetRange(T0, 5, 12));
    }

    @Test
    void theNextRunStartsAtTheLastCommittedEnd() {
        ArchiveManifest first = ArchiveManifest.intent("archive-1", AT, List.of(new OffsetRange(T0, 0, 10), new OffsetRange(T1, 0, 3)))
            .committed(List.of(new ArchivedFile(new OffsetRange(T0, 0, 10), 10, "a".repeat(64), "/r/a", 1),
                new ArchivedFile(new OffsetRange(T1, 0, 3), 0, null, null, 0)));
        ArchiveManifest second = ArchiveManifest.intent("archive-2", AT, List.of(new OffsetRange(T0, 10, 15)))
            .committed(List.of(new ArchivedFile(new OffsetRange(T0, 10, 15), 5, "b".repeat(64), "/r/b", 1)));

        Map<TopicPartitionId, Long> ends = ArchivePlanner.committedEnds(List.of(second, first));
        assertThat(ends).containsExactlyInAnyOrderEntriesOf(Map.of(T0, 15L, T1, 3L));

        List<OffsetRange> plan = ArchivePlanner.plan(ends, Map.of(T0, new LogExtent(0, 20), T1, new LogExtent(0, 3)), 100);
        assertThat(plan).containsExactly(new OffsetRange(T0, 15, 20));
        assertThat(ArchivePlanner.plan(ends, Map.of(T0, new LogExtent(0, 15), T1, new LogExtent(0, 3)), 100)).isEmpty();
    }

    @Test
    void longBacklogsAreCutIntoRangesOfAtMostTheCap() {
        List<OffsetRange> plan = ArchivePlanner.plan(Map.of(T1, 3L), Map.of(T0, new LogExtent(0, 7), T1, new LogExtent(0, 8)), 3);
        assertThat(plan).containsExactly(new OffsetRange(T0, 0, 3), new OffsetRange(T0, 3, 6), new OffsetRange(T0, 6, 7),
            new OffsetRange(T1, 3, 6), new OffsetRange(T1, 6, 8));
        // Ranges tile the backlog: no gap, no overlap.
        assertThat(new OffsetRange(T0, 0, Long.MAX_VALUE).split(Long.MAX_VALUE - 1)).hasSize(2);
    }

    @Test
    void recordsLostToRetentionBeforeArchivingStopTheRun() {
        assertThatThrownBy(() -> ArchivePlanner.plan(Map.of(T0, 10L), Map.of(T0, new LogExtent(12, 20)), 100))
            .isInstanceOf(ArchiveGapException.class).hasMessageContaining("[10, 12)");
        assertThatThrownBy(() -> ArchivePlanner.plan(Map.of(T0, 30L), Map.of(T0, new LogExtent(0, 20)), 100))
            .isInstanceOf(ArchiveGapException.class).hasMessageContaining("recreated");
    }

    @Test
    void theLateAndDeadLetterTopicsAreNeverArchived() {
        assertThat(ArchiveRun.topicsToArchive(TributaryConfig.defaults())).containsExactly("transactions");
        assertThat(ArchiveRun.topicsToArchive(TributaryConfig.of(Map.of("archive.topics", "transactions, pos.events"))))
            .containsExactly("transactions", "pos.events");
        assertThatThrownBy(() -> ArchiveRun.topicsToArchive(TributaryConfig.of(Map.of("archive.topics",
            "transactions,transactions.late")))).isInstanceOf(ConfigException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ArchiveRun.topicsToArchive(TributaryConfig.of(Map.of("archive.topics", "transactions,,x"))))
            .isInstanceOf(ConfigException.class);
    }

    @Test
    void manifestsRoundTripThroughJson() throws Exception {
        OffsetRange a = new OffsetRange(T0, 0, 10);
        OffsetRange b = new OffsetRange(new TopicPartitionId("other.topic", 2), 4, 5);
        ArchiveManifest intent = ArchiveManifest.intent("archive-20261127T200000Z", AT, List.of(b, a));
        assertThat(ArchiveManifest.fromJson(intent.toJson())).isEqualTo(intent);
        assertThat(intent.ranges()).containsExactly(b, a);
        ArchiveManifest done = intent.committed(List.of(new ArchivedFile(a, 9, "c".repeat(64), "/raw/x.kafka.gz", 77),
            new ArchivedFile(b, 0, null, null, 0)));
        assertThat(ArchiveManifest.fromJson(done.toJson())).isEqualTo(done);
        assertThat(done.records()).isEqualTo(9);
        assertThatThrownBy(() -> intent.committed(List.of(new ArchivedFile(a, 1, "c".repeat(64), "/x", 1))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchivedFile(a, 11, "c".repeat(64), "/x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesTravelToTheTasksUnchanged() {
        List<OffsetRange> ranges = List.of(new OffsetRange(T0, 0, 10), new OffsetRange("t.late-x", 3, 7, 9));
        assertThat(KafkaRangeInputFormat.decode(KafkaRangeInputFormat.encode(ranges))).isEqualTo(ranges);
        assertThat(new OffsetRange(T0, 0, 10).fileName()).isEqualTo("transactions-0-0-10.kafka.gz");
    }
}
