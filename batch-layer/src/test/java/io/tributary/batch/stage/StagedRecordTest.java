package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StagedRecordTest {

    private static final SourcePosition FILE_POSITION = SourcePosition.ofFile(
        "/lake/raw/transactions/source=files/ingest_date=2026-11-27/ingest_hour=14/20261127T143012Z-0123456789ab-a.jsonl",
        123_456_789L, 4321, Instant.parse("2026-11-27T14:30:12Z"));

    @ParameterizedTest
    @EnumSource(value = RecordFormat.class, names = "KAFKA_ARCHIVE", mode = EnumSource.Mode.EXCLUDE)
    void roundTripsEveryFormat(RecordFormat format) {
        StagedRecord record = new StagedRecord(format, FILE_POSITION, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(StagedRecord.decode(record.encode())).isEqualTo(record);
    }

    @Test
    void roundTripsAnEmptyPayload() {
        StagedRecord record = new StagedRecord(RecordFormat.CSV, FILE_POSITION, new byte[0]);

        assertThat(StagedRecord.decode(record.encode())).isEqualTo(record);
    }

    @Test
    void roundTrips64KiBOfArbitraryBytes() {
        byte[] payload = new byte[64 * 1024];
        new Random(7).nextBytes(payload);
        StagedRecord record = new StagedRecord(RecordFormat.POS_LOG, FILE_POSITION, payload);

        StagedRecord back = StagedRecord.decode(record.encode());

        assertThat(back.rawPayload()).isEqualTo(payload);
        assertThat(back).isEqualTo(record);
    }

    @Test
    void keepsBytesThatAreNotUtf8() {
        byte[] payload = {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, (byte) 0xFE, '\n', '\r'};
        StagedRecord record = new StagedRecord(RecordFormat.JSON_LINES, FILE_POSITION, payload);

        assertThat(StagedRecord.decode(record.encode()).rawPayload()).isEqualTo(payload);
    }

    @Test
    void roundTripsKafkaPositionsAndNanoseconds() {
        SourcePosition kafka = SourcePosition.ofKafka("transactions", 3, Long.MAX_VALUE,
            Instant.parse("1969-12-31T23:59:58.000000001Z"));
        StagedRecord record = new StagedRecord(RecordFormat.JSON_LINES, kafka, new byte[] {1, 2, 3});

        assertThat(StagedRecord.decode(record.encode())).isEqualTo(record);
    }

    @Test
    void decodesFromTheMiddleOfABuffer() {
        StagedRecord record = new StagedRecord(RecordFormat.CSV, FILE_POSITION, new byte[] {9, 8, 7});
        byte[] encoded = record.encode();
        byte[] buffer = new byte[encoded.length + 20];
        System.arraycopy(encoded, 0, buffer, 10, encoded.length);

        assertThat(StagedRecord.decode(buffer, 10, encoded.length)).isEqualTo(record);
    }

    @Test
    void startsWithItsVersion() {
        assertThat(new StagedRecord(RecordFormat.CSV, FILE_POSITION, new byte[0]).encode()[0]).isEqualTo((byte) 1);
    }

    @Test
    void refusesDamagedBytes() {
        byte[] encoded = new StagedRecord(RecordFormat.CSV, FILE_POSITION, new byte[] {1, 2, 3}).encode();

        byte[] otherVersion = encoded.clone();
        otherVersion[0] = 2;
        assertThatThrownBy(() -> StagedRecord.decode(otherVersion)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("version 2");
        assertThatThrownBy(() -> StagedRecord.decode(Arrays.copyOf(encoded, encoded.length - 1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StagedRecord.decode(Arrays.copyOf(encoded, encoded.length + 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unread");
        assertThatThrownBy(() -> StagedRecord.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    /** Numbers one known source name, writes any other in full: what the curation jobs' source list does. */
    private static final SourceReferences ONE_SOURCE = new SourceReferences() {
        @Override
        public void write(ByteWriter out, byte[] utf8, int off, int len) {
            String name = new String(utf8, off, len, StandardCharsets.UTF_8);
            if (name.equals(FILE_POSITION.sourceName())) {
                out.writeVarLong(1);
            } else {
                out.writeVarLong(0);
                out.writeString(name);
            }
        }

        @Override
        public String read(ByteReader in) {
            return in.readVarLong() == 1 ? FILE_POSITION.sourceName() : in.readString();
        }
    };

    private static StagedRecord compactRoundTrip(StagedRecord record) {
        byte[] encoded = record.encode();
        ByteWriter out = new ByteWriter(4);
        out.writeByte(0x55);
        StagedRecord.compact(encoded, 0, encoded.length, ONE_SOURCE, out);
        return StagedRecord.decodeCompact(out.buffer(), 1, out.size() - 1, ONE_SOURCE);
    }

    @Test
    void anArchiveIsNotAStagedFormatItsPayloadsFormatIs() {
        StagedRecord record = new StagedRecord(RecordFormat.KAFKA_ARCHIVE, FILE_POSITION, new byte[0]);
        assertThatThrownBy(record::encode).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = RecordFormat.class, names = "KAFKA_ARCHIVE", mode = EnumSource.Mode.EXCLUDE)
    void theCompactFormRoundTripsEveryFormat(RecordFormat format) {
        StagedRecord record = new StagedRecord(format, FILE_POSITION, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(compactRoundTrip(record)).isEqualTo(record);
    }

    @Test
    void theCompactFormKeepsArbitraryPayloadsAndUnknownSources() {
        byte[] payload = new byte[64 * 1024];
        new Random(11).nextBytes(payload);
        SourcePosition kafka = SourcePosition.ofKafka("transactions", 3, Long.MAX_VALUE,
            Instant.parse("1969-12-31T23:59:58.000000001Z"));

        assertThat(compactRoundTrip(new StagedRecord(RecordFormat.POS_LOG, kafka, payload)).rawPayload()).isEqualTo(payload);
        assertThat(compactRoundTrip(new StagedRecord(RecordFormat.CSV, kafka, new byte[0])).position()).isEqualTo(kafka);
    }

    @Test
    void theCompactFormReplacesTheSourcePathAndRefusesDamage() {
        StagedRecord record = new StagedRecord(RecordFormat.CSV, FILE_POSITION, new byte[] {1, 2, 3});
        byte[] encoded = record.encode();
        ByteWriter out = new ByteWriter(4);
        StagedRecord.compact(encoded, 0, encoded.length, ONE_SOURCE, out);
        byte[] compact = out.toByteArray();

        assertThat(compact.length).isEqualTo(encoded.length - 1 - FILE_POSITION.sourceName().length());
        assertThatThrownBy(() -> StagedRecord.decodeCompact(compact, 0, compact.length - 1, ONE_SOURCE))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] otherVersion = encoded.clone();
        otherVersion[0] = 2;
        assertThatThrownBy(() -> StagedRecord.compact(otherVersion, 0, otherVersion.length, ONE_SOURCE, new ByteWriter(4)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2");
    }
}
