package io.tributary.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LatenessContractTest {

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static Lateness classify(String event, String maxSeen, String wb) {
        SpeedWatermark ws = SpeedWatermark.initial();
        if (maxSeen != null) {
            ws = ws.observe(t(maxSeen));
        }
        return LatenessContract.classify(t(event), ws.valueOrNull(), wb == null ? null : t(wb));
    }

    @Test
    void speedWatermarkIsMaxSeenMinusGrace() {
        SpeedWatermark ws = SpeedWatermark.initial();
        assertThat(ws.value()).isEmpty();
        ws = ws.observe(t("2026-11-26T10:30:00Z")).observe(t("2026-11-26T10:20:00Z"));
        assertThat(ws.valueOrNull()).isEqualTo(t("2026-11-26T10:20:00Z"));
        assertThat(ws.maxEventTime()).isEqualTo(t("2026-11-26T10:30:00Z"));
        SpeedWatermark same = ws.observe(t("2026-11-26T10:30:00Z"));
        assertThat(same).isSameAs(ws);
        assertThat(SpeedWatermark.initial(Duration.ZERO).observe(t("2026-11-26T10:30:00Z")).valueOrNull())
            .isEqualTo(t("2026-11-26T10:30:00Z"));
        assertThat(SpeedWatermark.DEFAULT_GRACE).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void nothingIsLateBeforeAnyWatermarkExists() {
        assertThat(classify("2000-01-01T00:00:00Z", null, null)).isEqualTo(Lateness.ON_TIME);
    }

    @Test
    void aWindowClosesWhenWsReachesItsEnd() {
        // Window 10:00-11:00; Ws = max seen - 10 min.
        assertThat(classify("2026-11-26T10:59:59.999Z", "2026-11-26T11:09:59.999Z", null)).isEqualTo(Lateness.ON_TIME);
        assertThat(classify("2026-11-26T10:59:59.999Z", "2026-11-26T11:10:00Z", null))
            .isEqualTo(Lateness.LATE_SPEED_WINDOW_CLOSED);
        assertThat(classify("2026-11-26T10:00:00Z", "2026-11-26T11:10:00Z", null))
            .isEqualTo(Lateness.LATE_SPEED_WINDOW_CLOSED);
        // The next window opens at 11:00 exactly.
        assertThat(classify("2026-11-26T11:00:00Z", "2026-11-26T11:10:00Z", null)).isEqualTo(Lateness.ON_TIME);
    }

    @Test
    void anEventBehindWsInAnOpenWindowIsOnTime() {
        // Ws = 10:30; the 10:00-11:00 window is still open.
        assertThat(classify("2026-11-26T10:05:00Z", "2026-11-26T10:40:00Z", null)).isEqualTo(Lateness.ON_TIME);
    }

    @Test
    void beforeTheBatchWatermarkIsLateWhateverWs() {
        String wb = "2026-11-26T00:00:00Z";
        assertThat(classify("2026-11-25T23:59:59.999Z", "2026-11-25T23:59:59.999Z", wb))
            .isEqualTo(Lateness.LATE_BEFORE_BATCH_WATERMARK);
        assertThat(classify("2026-11-25T23:59:59.999Z", null, wb)).isEqualTo(Lateness.LATE_BEFORE_BATCH_WATERMARK);
        assertThat(classify("2026-11-20T10:00:00Z", "2026-11-26T12:00:00Z", wb))
            .isEqualTo(Lateness.LATE_BEFORE_BATCH_WATERMARK);
        assertThat(classify("2026-11-26T00:00:00Z", "2026-11-26T00:05:00Z", wb)).isEqualTo(Lateness.ON_TIME);
        assertThat(classify("2026-11-26T00:00:00Z", "2026-11-26T01:10:00Z", wb))
            .isEqualTo(Lateness.LATE_SPEED_WINDOW_CLOSED);
        assertThat(Lateness.ON_TIME.isLate()).isFalse();
        assertThat(Lateness.LATE_BEFORE_BATCH_WATERMARK.isLate()).isTrue();
    }

    @Test
    void batchWatermarkIsTheEndOfTheLastCoveredDate() {
        Instant wb = LatenessContract.batchWatermark(LocalDate.of(2026, 11, 25));
        assertThat(wb).isEqualTo(t("2026-11-26T00:00:00Z"));
        assertThat(LatenessContract.isAnsweredByBatch(TimeBucket.ofDate(LocalDate.of(2026, 11, 25)), wb)).isTrue();
        assertThat(LatenessContract.isAnsweredByBatch(TimeBucket.ofDate(LocalDate.of(2026, 11, 26)), wb)).isFalse();
        assertThat(LatenessContract.isAnsweredByBatch(TimeBucket.hourOf(t("2026-11-25T23:00:00Z")), wb)).isTrue();
        assertThat(LatenessContract.isAnsweredByBatch(TimeBucket.hourOf(t("2026-11-26T00:00:00Z")), wb)).isFalse();
        assertThat(LatenessContract.isAnsweredByBatch(TimeBucket.hourOf(t("2026-11-25T23:00:00Z")), null)).isFalse();
    }

    @Test
    void windowClosingAtHourBoundariesWithZeroGrace() {
        SpeedWatermark ws = SpeedWatermark.initial(Duration.ZERO).observe(t("2026-11-26T11:00:00Z"));
        assertThat(LatenessContract.classify(t("2026-11-26T10:59:59.999999999Z"), ws.valueOrNull(), null))
            .isEqualTo(Lateness.LATE_SPEED_WINDOW_CLOSED);
        assertThat(LatenessContract.classify(t("2026-11-26T11:00:00Z"), ws.valueOrNull(), null))
            .isEqualTo(Lateness.ON_TIME);
    }
}
