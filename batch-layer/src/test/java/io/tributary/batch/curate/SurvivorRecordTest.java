package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.stage.ByteWriter;
import io.tributary.core.model.Channel;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivorRecordTest {
    private static final String FILE = "/lake/raw/transactions/source=files/ingest_date=2026-11-21/ingest_hour=01/20261121T010000Z-0123456789ab-a.jsonl";
    private static final SourceNames SOURCES = SourceNames.of(List.of(FILE));

    private static SurvivorRecord roundTrip(SurvivorRecord r) {
        ByteWriter out = new ByteWriter(8);
        out.writeByte(0xEE); // decoding starts wherever the record starts in the buffer
        r.encode(out, SOURCES);
        return SurvivorRecord.decode(out.buffer(), 1, out.size() - 1, SOURCES);
    }

    @Test
    void roundTripsEveryFieldWithOptionalsPresent() {
        Transaction t = new Transaction("e-000001", "C0000042", "M00017", 12345, "EUR",
            Instant.parse("2026-11-20T10:15:30.123456789Z"), Channel.MOBILE, TxnStatus.REVERSED, "DE", 1);
        SurvivorRecord r = new SurvivorRecord(t, SourcePosition.ofFile(FILE, 123_456_789L, 4321,
            Instant.parse("2026-11-21T01:00:00Z")), "SMB", "FR");

        assertThat(roundTrip(r)).isEqualTo(r);
    }

    @Test
    void aFileSurvivorWithAKafkaDuplicateIsSeenOnKafkaAndAKafkaOneAlwaysIs() {
        Transaction t = new Transaction("e-000002", "C0000042", null, 100, "EUR",
            Instant.parse("2026-11-20T10:15:30Z"), Channel.POS, TxnStatus.APPROVED, null, 1);
        SourcePosition file = SourcePosition.ofFile(FILE, 0, 1, Instant.parse("2026-11-21T01:00:00Z"));
        SurvivorRecord withKafkaCopy = new SurvivorRecord(t, file, "RETAIL", null, true);
        assertThat(roundTrip(withKafkaCopy).seenOnKafka()).isTrue();
        assertThat(new SurvivorRecord(t, file, "RETAIL", null).seenOnKafka()).isFalse();
        SourcePosition kafka = SourcePosition.ofKafka("transactions", 0, 7, Instant.parse("2026-11-20T10:15:31Z"));
        assertThat(new SurvivorRecord(t, kafka, "RETAIL", null).seenOnKafka()).isTrue();
        assertThatThrownBy(() -> new SurvivorRecord(t, kafka, "RETAIL", null, false))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsAbsentOptionalsNegativeAmountsUnlistedSourcesAndOldInstants() {
        Transaction t = new Transaction("x:y.z-1", "Ç-ünïcode", null, -99_999_999_999_999L, "JPY",
            Instant.parse("1969-12-31T23:59:58.000000001Z"), Channel.ATM, TxnStatus.DECLINED, null, 1);
        SurvivorRecord r = new SurvivorRecord(t, SourcePosition.ofKafka("transactions", 3, Long.MAX_VALUE,
            Instant.parse("2026-11-21T01:00:00.5Z")), CurationStep.UNKNOWN_SEGMENT, null);

        assertThat(roundTrip(r)).isEqualTo(r);
    }

    @Test
    void isMuchSmallerThanTheRecordWithItsPath() {
        Transaction t = new Transaction("e-000001", "C0000042", "M00017", 12345, "EUR",
            Instant.parse("2026-11-20T10:15:30.123Z"), Channel.POS, TxnStatus.APPROVED, "DE", 1);
        ByteWriter out = new ByteWriter(8);
        new SurvivorRecord(t, SourcePosition.ofFile(FILE, 1_000_000, 6000, Instant.parse("2026-11-21T01:00:00Z")),
            "RETAIL", "DE").encode(out, SOURCES);

        assertThat(out.size()).isLessThan(80);
    }

    @Test
    void refusesDamagedBytes() {
        Transaction t = new Transaction("e1", "C1", null, 1, "EUR", Instant.parse("2026-11-20T10:15:30Z"),
            Channel.POS, TxnStatus.APPROVED, null, 1);
        ByteWriter out = new ByteWriter(8);
        new SurvivorRecord(t, SourcePosition.ofFile(FILE, 0, 1, Instant.parse("2026-11-21T01:00:00Z")), "RETAIL", null)
            .encode(out, SOURCES);
        byte[] bytes = out.toByteArray();

        assertThatThrownBy(() -> SurvivorRecord.decode(bytes, 0, bytes.length - 1, SOURCES))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> SurvivorRecord.decode(longer, 0, longer.length, SOURCES))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unread");
    }
}
