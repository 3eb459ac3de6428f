package io.tributary.speed.topology;

import static io.tributary.speed.topology.SpeedTopologyHarness.event;
import static io.tributary.speed.topology.SpeedTopologyHarness.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedTopologyTest {
    private final SpeedTopologyHarness h = new SpeedTopologyHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void eventsFallIntoTheirUtcHourHalfOpen() {
        h.publish("C1", event("e1", "C1", "10.00", "2026-11-26T10:00:00Z"));
        h.publish("C1", event("e2", "C1", "1.50", "2026-11-26T10:59:59.999Z"));
        h.publish("C1", event("e3", "C1", "2.25", "2026-11-26T11:00:00Z"));
        h.publish("C1", event("e4", "C1", "4.00", "2026-11-26T12:30:00+01:00")); // 11:30 UTC

        BucketCounts ten = h.bucket("C1", "2026-11-26T10:00:00Z", "EUR");
        assertThat(ten.txnCount()).isEqualTo(2);
        assertThat(ten.approvedCents()).isEqualTo(1150);
        BucketCounts eleven = h.bucket("C1", "2026-11-26T11:00:00Z", "EUR");
        assertThat(eleven.txnCount()).isEqualTo(2);
        assertThat(eleven.approvedCents()).isEqualTo(625);
        assertThat(eleven.kafkaCount()).isEqualTo(2);
    }

    @Test
    void measuresFollowTheContractPerStatusAndCurrency() {
        h.publish("C1", SpeedTopologyHarness.event("e1", "C1", "10.00", "EUR", "2026-11-26T10:01:00Z", "APPROVED"));
        h.publish("C1", SpeedTopologyHarness.event("e2", "C1", "3.00", "EUR", "2026-11-26T10:02:00Z", "DECLINED"));
        h.publish("C1", SpeedTopologyHarness.event("e3", "C1", "7.00", "EUR", "2026-11-26T10:03:00Z", "REVERSED"));
        h.publish("C1", SpeedTopologyHarness.event("e4", "C1", "5.00", "USD", "2026-11-26T10:04:00Z", "APPROVED"));

        BucketCounts eur = h.bucket("C1", "2026-11-26T10:00:00Z", "EUR");
        assertThat(eur.txnCount()).isEqualTo(3);
        assertThat(eur.approvedCount()).isEqualTo(1);
        assertThat(eur.approvedCents()).isEqualTo(1000);
        assertThat(eur.declinedCount()).isEqualTo(1);
        assertThat(eur.reversedCents()).isEqualTo(700);
        assertThat(eur.seen()).isEqualTo(3);
        assertThat(h.bucket("C1", "2026-11-26T10:00:00Z", "USD").approvedCents()).isEqualTo(500);
    }

    @Test
    void aWindowStaysOpenDuringTheGraceAndClosesWhenWsReachesItsEnd() {
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:30:00Z"));
        h.publish("C2", event("e2", "C2", "1.00", "2026-11-26T11:09:59.999Z")); // Ws = 10:59:59.999
        h.publish("C1", event("e3", "C1", "2.00", "2026-11-26T10:05:00Z"));     // 10:00 window still open
        assertThat(h.lateRecords()).isEmpty();
        assertThat(h.bucket("C1", "2026-11-26T10:00:00Z", "EUR").txnCount()).isEqualTo(2);

        h.publish("C2", event("e4", "C2", "1.00", "2026-11-26T11:10:00Z"));     // Ws = 11:00: 10:00-11:00 closed
        h.publish("C1", event("e5", "C1", "4.00", "2026-11-26T10:59:00Z"));

        List<TestRecord<byte[], byte[]>> late = h.lateRecords();
        assertThat(late).hasSize(1);
        assertThat(header(late.get(0), Headers.LATENESS)).isEqualTo("SPEED_WINDOW_CLOSED");
        assertThat(header(late.get(0), Headers.SPEED_WATERMARK)).isEqualTo("2026-11-26T11:00:00Z");
        BucketCounts ten = h.bucket("C1", "2026-11-26T10:00:00Z", "EUR");
        assertThat(ten.txnCount()).isEqualTo(2);
        assertThat(ten.seen()).isEqualTo(3);
        assertThat(ten.late()).isEqualTo(1);
        assertThat(ten.windowed()).isEqualTo(2);
    }

    @Test
    void theGraceIsConfigurable() {
        try (SpeedTopologyHarness zero = new SpeedTopologyHarness(Duration.ZERO, Duration.ofDays(7))) {
            zero.publish("C1", event("e1", "C1", "1.00", "2026-11-26T11:00:00Z"));
            zero.publish("C1", event("e2", "C1", "1.00", "2026-11-26T10:59:59Z"));
            assertThat(zero.lateRecords()).hasSize(1);
        }
    }

    @Test
    void lateEventsGoToTheLateTopicUnchangedAndCountPerHour() {
        String lateJson = event("e2", "C1", "9.99", "2026-11-25T08:15:00Z");
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:00:00Z"));
        h.publish("C1", lateJson);
        h.publish("C7", event("e3", "C7", "1.00", "2026-11-25T08:45:00Z"));

        List<TestRecord<byte[], byte[]>> late = h.lateRecords();
        assertThat(late).hasSize(2);
        assertThat(new String(late.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(lateJson);
        assertThat(new String(late.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("C1");
        assertThat(header(late.get(0), Headers.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(late.get(0), Headers.SOURCE_PARTITION)).isEqualTo("0");
        h.drainUpdates();
        long hour = Instant.parse("2026-11-25T08:00:00Z").toEpochMilli();
        assertThat(((SpeedUpdate.LateHour) h.latest.get("l" + hour + "/0")).count()).isEqualTo(2);
        assertThat(h.bucket("C1", "2026-11-25T08:00:00Z", "EUR").late()).isEqualTo(1);
        assertThat(h.bucket("C1", "2026-11-25T08:00:00Z", "EUR").txnCount()).isZero();
        assertThat(h.counter("tributary.speed.events.late", "kind", "speed_window_closed")).isEqualTo(2);
    }

    @Test
    void eventsBeforeTheBatchWatermarkAreLateEvenInAnOpenWindow() {
        h.batchWatermark.set(Instant.parse("2026-11-26T00:00:00Z"));
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-25T23:59:00Z"));
        h.publish("C1", event("e2", "C1", "1.00", "2026-11-26T00:00:00Z"));

        List<TestRecord<byte[], byte[]>> late = h.lateRecords();
        assertThat(late).hasSize(1);
        assertThat(header(late.get(0), Headers.LATENESS)).isEqualTo("BEFORE_BATCH_WATERMARK");
        assertThat(header(late.get(0), Headers.BATCH_WATERMARK)).isEqualTo("2026-11-26T00:00:00Z");
        assertThat(h.bucket("C1", "2026-11-25T23:00:00Z", "EUR").seen()).isEqualTo(1);
        assertThat(h.bucket("C1", "2026-11-26T00:00:00Z", "EUR").txnCount()).isEqualTo(1);
    }

    @Test
    void eventsBeyondRetentionAreLateAndNotCountedInTheirBucket() {
        try (SpeedTopologyHarness shortRetention = new SpeedTopologyHarness(Duration.ofMinutes(10), Duration.ofHours(2))) {
            shortRetention.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:00:00Z"));
            shortRetention.publish("C1", event("e2", "C1", "1.00", "2026-11-26T07:00:00Z"));
            List<TestRecord<byte[], byte[]>> late = shortRetention.lateRecords();
            assertThat(late).hasSize(1);
            assertThat(header(late.get(0), Headers.LATENESS)).isEqualTo("BEYOND_RETENTION");
            assertThat(shortRetention.bucket("C1", "2026-11-26T07:00:00Z", "EUR")).isNull();
        }
    }

    @Test
    void exactDuplicatesAreCountedOnceAndConflictsGoToTheDlq() {
        String original = event("e1", "C1", "10.00", "2026-11-26T10:00:00Z");
        String conflicting = event("e1", "C1", "11.00", "2026-11-26T10:00:00Z");
        h.publish("C1", original);
        h.publish("C1", original.replace("}", ",\"resent\":\"true\"}"));
        h.publish("C1", conflicting);

        BucketCounts ten = h.bucket("C1", "2026-11-26T10:00:00Z", "EUR");
        assertThat(ten.txnCount()).isEqualTo(1);
        assertThat(ten.approvedCents()).isEqualTo(1000);
        assertThat(ten.seen()).isEqualTo(1);
        List<TestRecord<byte[], byte[]>> dlq = h.dlqRecords();
        assertThat(dlq).hasSize(1);
        assertThat(header(dlq.get(0), Headers.REASON)).isEqualTo("DUPLICATE_CONFLICT");
        assertThat(new String(dlq.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(conflicting);
        assertThat(h.counter("tributary.speed.events.duplicates")).isEqualTo(2);
    }

    @Test
    void aDuplicateOfALateEventIsStillADuplicate() {
        String lateJson = event("e2", "C1", "9.99", "2026-11-25T08:15:00Z");
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:00:00Z"));
        h.publish("C1", lateJson);
        h.publish("C1", lateJson);
        assertThat(h.lateRecords()).hasSize(1);
        assertThat(h.bucket("C1", "2026-11-25T08:00:00Z", "EUR").seen()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MISSING_FIELD|{\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "INVALID_EVENT_ID|{\"event_id\":\"e#1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "INVALID_FIELD|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\",\"country\":\"Germany\"}",
        "INVALID_AMOUNT|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.005\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "INVALID_CURRENCY|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EURO\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "INVALID_EVENT_TIME|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "FUTURE_EVENT_TIME|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2056-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\"}",
        "INVALID_ENUM|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"KIOSK\",\"status\":\"APPROVED\"}",
        "UNSUPPORTED_SCHEMA_VERSION|{\"event_id\":\"e1\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\",\"status\":\"APPROVED\",\"schema_version\":2}",
        "MALFORMED_RECORD|{\"event_id\":\"e1\",\"customer_id\":",
        "MALFORMED_RECORD|[1,2,3]",
    })
    void everyInvalidKindGoesToTheDlqUnchangedWithItsReason(String reason, String json) {
        h.publish("C1", json);
        assertDlq(reason, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notUtf8IsMalformed() {
        byte[] value = event("e1", "C1", "1.00", "2026-11-26T10:00:00Z").replace("M1", "M?").getBytes(StandardCharsets.UTF_8);
        value[value.length / 2] = (byte) 0xFF;
        h.publish("C1", value, Instant.parse("2026-11-27T00:00:00Z"));
        assertDlq("MALFORMED_RECORD", value);
    }

    @Test
    void anEmptyOrMissingValueIsMalformed() {
        h.publish("C1", null, Instant.parse("2026-11-27T00:00:00Z"));
        List<TestRecord<byte[], byte[]>> dlq = h.dlqRecords();
        assertThat(dlq).hasSize(1);
        assertThat(header(dlq.get(0), Headers.REASON)).isEqualTo("MALFORMED_RECORD");
        assertThat(dlq.get(0).value()).isNull();
    }

    @Test
    void aRecordOver64KibIsTooLarge() {
        String big = event("e1", "C1", "1.00", "2026-11-26T10:00:00Z").replace("}", ",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        h.publish("C1", big);
        assertDlq("RECORD_TOO_LARGE", big.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectedRecordsDoNotMoveTheWatermark() {
        h.publish("C1", event("e0", "C1", "1.00", "2026-11-26T10:00:00Z"));
        h.publish("C1", event("e1", "C1", "1.005", "2026-11-26T23:00:00Z"));
        h.publish("C1", event("e2", "C1", "1.00", "2026-11-26T10:01:00Z"));
        assertThat(h.lateRecords()).isEmpty();
    }

    @Test
    void testCustomersAreFilteredAndNotSeenLikeInTheBatch() {
        h.customer("C9", "TEST", "2026-11-01T00:00:00Z");
        h.customer("C8", "RETAIL", "2026-11-01T00:00:00Z");
        h.publish("C9", event("e1", "C9", "5.00", "2026-11-26T10:00:00Z"));
        h.publish("C8", event("e2", "C8", "5.00", "2026-11-26T10:00:00Z"));
        h.publish("C7", event("e3", "C7", "5.00", "2026-11-26T10:00:00Z")); // unknown customer: kept, like the batch

        BucketCounts test = h.bucket("C9", "2026-11-26T10:00:00Z", "EUR");
        assertThat(test.txnCount()).isZero();
        assertThat(test.seen()).isZero();
        assertThat(test.windowed()).isZero();
        assertThat(h.bucket("C8", "2026-11-26T10:00:00Z", "EUR").txnCount()).isEqualTo(1);
        assertThat(h.bucket("C7", "2026-11-26T10:00:00Z", "EUR").txnCount()).isEqualTo(1);
        assertThat(h.counter("tributary.speed.events.filtered")).isEqualTo(1);
    }

    @Test
    void theCustomerChangeWithTheGreatestUpdatedAtWinsWhateverTheOrder() {
        h.customer("C9", "RETAIL", "2026-11-02T00:00:00Z");
        h.customer("C9", "TEST", "2026-11-01T00:00:00Z"); // stale: loses
        h.publish("C9", event("e1", "C9", "5.00", "2026-11-26T10:00:00Z"));
        assertThat(h.bucket("C9", "2026-11-26T10:00:00Z", "EUR").txnCount()).isEqualTo(1);

        h.customer("C9", "TEST", "2026-11-03T00:00:00Z");
        h.publish("C9", event("e2", "C9", "5.00", "2026-11-26T10:01:00Z"));
        assertThat(h.bucket("C9", "2026-11-26T10:00:00Z", "EUR").txnCount()).isEqualTo(1);
    }

    @Test
    void theWatermarkIsPublishedPerPartition() {
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:20:00Z"));
        h.drainUpdates();
        SpeedUpdate.Watermark w = (SpeedUpdate.Watermark) h.latest.get("w0");
        assertThat(Instant.ofEpochMilli(w.watermarkMillis())).isEqualTo(Instant.parse("2026-11-26T10:10:00Z"));
    }

    @Test
    void everyBucketUpdateHasAGreaterVersion() {
        h.publish("C1", event("e1", "C1", "1.00", "2026-11-26T10:20:00Z"));
        h.publish("C1", event("e2", "C1", "1.00", "2026-11-26T10:21:00Z"));
        List<Long> versions = h.updates.readRecordsToList().stream().map(r -> SpeedUpdate.decode(r.value()))
            .filter(u -> u instanceof SpeedUpdate.View).map(SpeedUpdate::version).toList();
        assertThat(versions).containsExactly(Instant.parse("2026-11-26T10:00:00Z").toEpochMilli() + 1,
            Instant.parse("2026-11-26T10:00:00Z").toEpochMilli() + 2);
    }

    private void assertDlq(String reason, byte[] value) {
        List<TestRecord<byte[], byte[]>> dlq = h.dlqRecords();
        assertThat(dlq).hasSize(1);
        assertThat(header(dlq.get(0), Headers.REASON)).isEqualTo(reason);
        assertThat(header(dlq.get(0), Headers.MESSAGE)).isNotBlank();
        assertThat(header(dlq.get(0), Headers.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(dlq.get(0), Headers.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(dlq.get(0).value()).isEqualTo(value);
        assertThat(h.counter("tributary.speed.events.rejected", "reason", reason)).isEqualTo(1);
        assertThat(h.updates.isEmpty()).isTrue();
    }
}
