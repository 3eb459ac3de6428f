package io.tributary.speed.topology;

import static io.tributary.speed.topology.SpeedTopologyHarness.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RejectedTotalsTest {
    /** speed.commit.interval's default: the cadence the totals are published on. */
    private static final Duration LIVE = Duration.ofMillis(100);

    @Test
    void theTotalsPerReasonArePublishedOnTheLiveIntervalNotPerRecord() {
        try (SpeedTopologyHarness h = new SpeedTopologyHarness()) {
            String original = event("e1", "C1", "10.00", "2026-11-26T10:00:00Z");
            h.publish("C1", original);
            h.publish("C1", "{\"event_id\":\"e2\",");
            h.publish("C1", "[1,2]");
            h.publish("C1", event("e3", "C1", "1.005", "2026-11-26T10:01:00Z"));
            h.publish("C1", original.replace("10.00", "11.00")); // a conflicting duplicate goes to the DLQ too
            assertThat(rejected(h)).as("nothing before the interval has passed").isEmpty();

            h.driver.advanceWallClockTime(LIVE);
            assertThat(rejected(h)).containsExactlyInAnyOrder(
                new SpeedUpdate.Rejected(0, ReasonCode.MALFORMED_RECORD, 2),
                new SpeedUpdate.Rejected(0, ReasonCode.INVALID_AMOUNT, 1),
                new SpeedUpdate.Rejected(0, ReasonCode.DUPLICATE_CONFLICT, 1));
            assertThat(h.dlqRecords()).hasSize(4);

            h.driver.advanceWallClockTime(LIVE);
            assertThat(rejected(h)).as("nothing changed, nothing sent").isEmpty();

            h.publish("C1", "not json");
            h.driver.advanceWallClockTime(LIVE);
            assertThat(rejected(h)).as("only the reason that changed, as its absolute count")
                .containsExactly(new SpeedUpdate.Rejected(0, ReasonCode.MALFORMED_RECORD, 3));
        }
    }

    @Test
    void validRecordsPublishNoTotals() {
        try (SpeedTopologyHarness h = new SpeedTopologyHarness()) {
            h.publish("C1", event("e1", "C1", "10.00", "2026-11-26T10:00:00Z"));
            h.driver.advanceWallClockTime(LIVE);
            assertThat(rejected(h)).isEmpty();
        }
    }

    @Test
    void theCountsAreKeptInTheStoreAndPublishedAgainAfterARestore() {
        KeyValueStore<String, Long> clock = clockStore();
        RejectedTotals before = new RejectedTotals(clock);
        before.count(ReasonCode.INVALID_CURRENCY);
        before.count(ReasonCode.INVALID_CURRENCY);
        before.count(ReasonCode.RECORD_TOO_LARGE);
        // a commit may land before the next publish: the store holds the counts, the meta table not yet

        List<SpeedUpdate.Rejected> sent = new ArrayList<>();
        new RejectedTotals(clock).publish(2, sent::add);
        assertThat(sent).containsExactlyInAnyOrder(new SpeedUpdate.Rejected(2, ReasonCode.INVALID_CURRENCY, 2),
            new SpeedUpdate.Rejected(2, ReasonCode.RECORD_TOO_LARGE, 1));
    }

    @Test
    void anUpdateReadsBackAsWritten() {
        SpeedUpdate.Rejected r = new SpeedUpdate.Rejected(7, ReasonCode.UNSUPPORTED_SCHEMA_VERSION, 123_456_789_012L);
        assertThat(SpeedUpdate.decode(r.encode())).isEqualTo(r);
        assertThat(r.version()).isEqualTo(r.count());
        assertThat(r.target()).isNotEqualTo(new SpeedUpdate.Rejected(8, r.reason(), 1).target())
            .isNotEqualTo(new SpeedUpdate.Rejected(7, ReasonCode.MISSING_FIELD, 1).target());
    }

    private static List<SpeedUpdate.Rejected> rejected(SpeedTopologyHarness h) {
        List<SpeedUpdate.Rejected> out = new ArrayList<>();
        h.updates.readRecordsToList().forEach(r -> {
            if (SpeedUpdate.decode(r.value()) instanceof SpeedUpdate.Rejected rejected) {
                out.add(rejected);
            }
        });
        return out;
    }

    private static KeyValueStore<String, Long> clockStore() {
        KeyValueStore<String, Long> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("clock"),
            Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
