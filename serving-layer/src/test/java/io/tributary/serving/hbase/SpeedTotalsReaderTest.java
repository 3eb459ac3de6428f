package io.tributary.serving.hbase;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.serving.view.SpeedTotals;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.KeyValue;
import org.apache.hadoop.hbase.client.Result;
import org.junit.jupiter.api.Test;

/** The sums over the speed layer's meta rows, from rows built in memory as the speed layer's sink writes them. */
class SpeedTotalsReaderTest {
    @Test
    void lateRejectedAndLagAreSummedOverThePartitions() {
        List<Result> rows = List.of(
            row("speed:lag", cell("p0", 3, 1_000), cell("p1", 0, 900), cell("p2", 5, 1_000)),
            row("speed:late:2026112610", cell("p0", 2, 2), cell("p2", 1, 1)),
            row("speed:late:2026112611", cell("p1", 4, 4)),
            row("speed:rejected:DUPLICATE_CONFLICT", cell("p1", 1, 1)),
            row("speed:rejected:MALFORMED_RECORD", cell("p0", 6, 6), cell("p1", 2, 2)),
            row("speed:watermark", cell("p0", 1_700_000_000_000L, 1_700_000_600_000L)));
        SpeedTotals t = SpeedTotalsReader.totals(rows).orElseThrow();
        assertThat(t.late()).isEqualTo(7);
        assertThat(t.rejected()).isEqualTo(9);
        assertThat(t.rejectedByReason()).isEqualTo(Map.of("DUPLICATE_CONFLICT", 1L, "MALFORMED_RECORD", 8L));
        assertThat(t.consumerLag()).isEqualTo(8);
        assertThat(t.lagMeasuredAt()).as("the oldest partition's measurement").isEqualTo(Instant.ofEpochMilli(900));
    }

    @Test
    void aSpeedLayerThatRejectedNothingAndWasNotMeasuredYetHasZeroRejectedAndNoLag() {
        SpeedTotals t = SpeedTotalsReader.totals(List.of(row("speed:watermark", cell("p0", 5, 5)))).orElseThrow();
        assertThat(t.late()).isZero();
        assertThat(t.rejected()).isZero();
        assertThat(t.rejectedByReason()).isEmpty();
        assertThat(t.consumerLag()).isNull();
        assertThat(t.lagMeasuredAt()).isNull();
    }

    @Test
    void noRowsMeansNothingReported() {
        assertThat(SpeedTotalsReader.totals(List.of())).isEmpty();
    }

    private record Column(String qualifier, long value, long timestamp) {
    }

    private static Column cell(String qualifier, long value, long timestamp) {
        return new Column(qualifier, value, timestamp);
    }

    private static Result row(String key, Column... columns) {
        List<Cell> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(new KeyValue(bytes(key), bytes("s"), bytes(c.qualifier()), c.timestamp(),
                ByteBuffer.allocate(Long.BYTES).putLong(c.value()).array()));
        }
        cells.sort(org.apache.hadoop.hbase.CellComparator.getInstance());
        return Result.create(cells);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
