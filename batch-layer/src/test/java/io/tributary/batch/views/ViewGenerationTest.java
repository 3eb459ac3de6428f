package io.tributary.batch.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.time.LatenessContract;
import io.tributary.core.view.BatchPointer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewGenerationTest {
    @Test
    void aPendingRecordReadsBackAsTheGenerationItNames() {
        Instant wb = LatenessContract.batchWatermark(LocalDate.parse("2026-11-23"));
        BatchPointer pending = new BatchPointer(4, wb, Instant.parse("2026-11-27T02:00:00Z"), "curate-x",
            Map.of("read", 10L, ViewGeneration.CURATED_ROWS, 9L, ViewGeneration.BUCKET_ROWS, 7L));
        ViewGeneration g = ViewGeneration.of(pending, List.of(2L));
        assertThat(g).isEqualTo(new ViewGeneration(4, LocalDate.parse("2026-11-23"), wb, 7, 9, List.of(2L)));
    }

    @Test
    void aPointerWithoutRowCountsHasNone() {
        BatchPointer old = new BatchPointer(2, Instant.parse("2026-11-24T00:00:00Z"), Instant.EPOCH, "r", Map.of("read", 1L));
        assertThat(ViewGeneration.count(old, ViewGeneration.CURATED_ROWS)).isEmpty();
        assertThat(ViewGeneration.of(old, List.of()).curatedRows()).isZero();
    }
}
