package io.tributary.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T1 = T0.plusMillis(1);

    @Test
    void ordersByIngestTimeThenKindThenNameThenOffsetThenLine() {
        SourcePosition earliest = SourcePosition.ofFile("z.jsonl", 900, 9, T0);
        SourcePosition kafka = SourcePosition.ofKafka("transactions", 0, 5, T1);
        SourcePosition fileA = SourcePosition.ofFile("a.jsonl", 100, 3, T1);
        SourcePosition fileBLow = SourcePosition.ofFile("b.jsonl", 10, 2, T1);
        SourcePosition fileBHigh = SourcePosition.ofFile("b.jsonl", 20, 1, T1);
        SourcePosition sameOffsetLaterLine = new SourcePosition(SourceKind.FILES, "b.jsonl", 20, 5, T1);
        List<SourcePosition> expected = List.of(earliest, kafka, fileA, fileBLow, fileBHigh, sameOffsetLaterLine);
        List<SourcePosition> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(kafka.isBefore(fileA)).isTrue();
        assertThat(fileA.isBefore(kafka)).isFalse();
        assertThat(fileA.isBefore(fileA)).isFalse();
    }

    @Test
    void kafkaPositionsNameTopicAndPartition() {
        SourcePosition p = SourcePosition.ofKafka("transactions", 3, 42, T0);
        assertThat(p.sourceName()).isEqualTo("transactions-3");
        assertThat(p.offset()).isEqualTo(42);
        assertThat(p.line()).isZero();
        assertThat(p.kind()).isEqualTo(SourceKind.KAFKA);
        assertThat(p.describe()).isEqualTo("transactions-3@42");
        assertThat(SourcePosition.ofFile("in/a.csv", 2041, 12, T0).describe()).isEqualTo("in/a.csv:12@2041");
    }

    @Test
    void rejectsNegativeOffsets() {
        assertThatThrownBy(() -> SourcePosition.ofFile("a", -1, 1, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
