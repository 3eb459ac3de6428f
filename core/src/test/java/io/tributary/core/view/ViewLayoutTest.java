package io.tributary.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewLayoutTest {
    private static final TimeBucket DAY = TimeBucket.ofDate(LocalDate.parse("2026-11-20"));
    private static final TimeBucket HOUR = TimeBucket.hourOf(Instant.parse("2026-11-20T07:00:00Z"));

    @Test
    void rowKeysReadBack() {
        for (ViewRowKey k : new ViewRowKey[] {new ViewRowKey("C-1", DAY, "EUR"), new ViewRowKey("C\u00e9:2", HOUR, "USD")}) {
            assertThat(ViewRowKey.parse(k.bytes())).isEqualTo(k);
        }
        assertThat(new String(new ViewRowKey("C1", HOUR, "EUR").bytes(), StandardCharsets.UTF_8))
            .isEqualTo("C1\0H2026112007EUR");
    }

    @Test
    void aScanRangeHoldsExactlyTheCustomersBucketsOfTheRange() {
        byte[] start = ViewRowKey.scanStart("C1", Granularity.DAY, DAY.start());
        byte[] stop = ViewRowKey.scanStop("C1", Granularity.DAY, DAY.next().next().start());
        assertThat(inRange(new ViewRowKey("C1", DAY, "EUR").bytes(), start, stop)).isTrue();
        assertThat(inRange(new ViewRowKey("C1", DAY.next(), "ZAR").bytes(), start, stop)).isTrue();
        assertThat(inRange(new ViewRowKey("C1", DAY.previous(), "EUR").bytes(), start, stop)).isFalse();
        assertThat(inRange(new ViewRowKey("C1", DAY.next().next(), "AUD").bytes(), start, stop)).isFalse();
        assertThat(inRange(new ViewRowKey("C1", HOUR, "EUR").bytes(), start, stop)).as("hours are elsewhere").isFalse();
        assertThat(inRange(new ViewRowKey("C10", DAY, "EUR").bytes(), start, stop)).as("another customer").isFalse();
    }

    @Test
    void badKeysAreRefused() {
        assertThatThrownBy(() -> ViewRowKey.parse("C1\0X20261120EUR".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViewRowKey("C\0", DAY, "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measuresCellsReadBack() {
        SpendMeasures m = SpendMeasures.of(9, 5, -1234, 3, 777, 4);
        assertThat(ViewColumns.decode(ViewColumns.encode(m))).isEqualTo(m);
    }

    @Test
    void thePointerRowReadsBack() {
        BatchPointer p = new BatchPointer(7, Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-21T02:03:04Z"),
            "r-1", Map.of("read", 10L, "curated", 8L));
        Map<String, byte[]> cells = new LinkedHashMap<>();
        p.cells().forEach((q, v) -> cells.put(new String(q, StandardCharsets.UTF_8), v));
        assertThat(BatchPointer.fromCells(cells)).isEqualTo(p);
        assertThat(p.tableName()).isEqualTo("batch_view_g7");
        assertThat(BatchPointer.fromCells(Map.of())).isNull();
    }

    private static boolean inRange(byte[] key, byte[] start, byte[] stop) {
        return Arrays.compareUnsigned(key, start) >= 0 && Arrays.compareUnsigned(key, stop) < 0;
    }
}
