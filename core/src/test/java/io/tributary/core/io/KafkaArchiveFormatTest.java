package io.tributary.core.io;

import static io.tributary.core.testing.Fixtures.INGEST;
import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.VALID_JSON;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.RecordParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class KafkaArchiveFormatTest {

    private static final long TS = Instant.parse("2026-11-26T11:59:58.123Z").toEpochMilli();
    private final RecordFileReader<Transaction> reader = RecordFileReader.forTransactions();
    private final List<ParseResult<Transaction>> results = new ArrayList<>();

    private ReadSummary read(String path, byte[] content) throws IOException {
        results.clear();
        return reader.read(path, new ByteArrayInputStream(content), INGEST, results::add);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void extensionIsRecognisedWithAndWithoutGzip() {
        assertThat(FileFormat.of("a/transactions-0-0-10.kafka")).contains(new FileFormat(RecordFormat.KAFKA_ARCHIVE, false));
        assertThat(FileFormat.of("T-1.KAFKA.GZ")).contains(new FileFormat(RecordFormat.KAFKA_ARCHIVE, true));
        assertThat(reader.supports("x.kafka.gz")).isTrue();
        assertThat(RecordFileReader.forCustomerChanges().supports("x.kafka")).isFalse();
        assertThat(RecordFormat.KAFKA_ARCHIVE.payloadFormat()).isEqualTo(RecordFormat.JSON_LINES);
        assertThat(RecordFormat.CSV.payloadFormat()).isEqualTo(RecordFormat.CSV);
    }

    @Test
    void everyMessageComesBackExactlyWithItsKafkaPosition() throws IOException {
        byte[] invalidUtf8 = {'{', (byte) 0xC3, (byte) 0x28, '\n', '\t', '}'};
        byte[] content = concat(KafkaArchiveFormat.header("transactions"),
            KafkaArchiveFormat.line(3, 41, TS, utf8(VALID_JSON)),
            KafkaArchiveFormat.line(3, 42, TS + 1, invalidUtf8),
            KafkaArchiveFormat.line(3, 44, -1, null),
            KafkaArchiveFormat.line(3, 45, TS, new byte[0]));

        ReadSummary summary = read("raw/x-transactions-3-41-46.kafka", content);

        assertThat(summary.records()).isEqualTo(4);
        assertThat(results.get(0).isValid()).isTrue();
        assertThat(results.get(0).valid().value()).isEqualTo(SAMPLE);
        assertThat(results.get(0).position()).isEqualTo(SourcePosition.ofKafka("transactions", 3, 41, Instant.ofEpochMilli(TS)));
        assertThat(results.get(0).rawPayload()).isEqualTo(utf8(VALID_JSON));
        assertThat(results.get(1).rejection().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(1).rawPayload()).isEqualTo(invalidUtf8);
        assertThat(results.get(1).position().offset()).isEqualTo(42);
        assertThat(results.get(2).rejection().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(2).position()).isEqualTo(SourcePosition.ofKafka("transactions", 3, 44, Instant.ofEpochMilli(-1)));
        assertThat(results.get(2).rawPayload()).isEmpty();
        assertThat(results.get(3).isValid()).isFalse();
    }

    @Test
    void givesTheSpeedLayersResultForEveryValue() throws IOException {
        JsonTransactionParser speed = new JsonTransactionParser(io.tributary.core.parse.ValidationRules.DEFAULT);
        byte[][] values = {utf8(VALID_JSON), utf8("{\"event_id\":\"\"}"), utf8("not json"), new byte[0]};
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(KafkaArchiveFormat.header("t.x_y-z"));
        for (int i = 0; i < values.length; i++) {
            file.writeBytes(KafkaArchiveFormat.line(0, i, TS, values[i]));
        }
        read("f.kafka", file.toByteArray());
        for (int i = 0; i < values.length; i++) {
            ParseResult<Transaction> expected = speed.parse(values[i], SourcePosition.ofKafka("t.x_y-z", 0, i, Instant.ofEpochMilli(TS)));
            assertThat(results.get(i).isValid()).isEqualTo(expected.isValid());
            assertThat(results.get(i).position()).isEqualTo(expected.position());
            if (!expected.isValid()) {
                assertThat(results.get(i).rejection()).isEqualTo(expected.rejection());
            }
        }
    }

    @Test
    void garbageLinesAreRejectedWithTheirFilePositionNotDropped() throws IOException {
        String good = new String(KafkaArchiveFormat.line(0, 7, TS, utf8(VALID_JSON)), java.nio.charset.StandardCharsets.US_ASCII);
        byte[] content = concat(KafkaArchiveFormat.header("transactions"),
            utf8("garbage\n"),
            utf8("0\t8\t" + TS + "\t!!notbase64!!\n"),
            utf8("0\tx\t" + TS + "\tAAAA\n"),
            utf8("0\t9\t" + TS + "\tAAAA\textra\n"),
            utf8("-1\t9\t" + TS + "\tAAAA\n"),
            utf8(good));

        read("f.kafka", content);

        assertThat(results).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(results.get(i).rejection().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
            assertThat(results.get(i).position().kind()).isEqualTo(SourceKind.FILES);
            assertThat(results.get(i).position().line()).isEqualTo(i + 2);
            assertThat(results.get(i).position().ingestTime()).isEqualTo(INGEST);
        }
        assertThat(new String(results.get(0).rawPayload(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("garbage");
        assertThat(results.get(5).isValid()).isTrue();
        assertThat(results.get(5).position().kind()).isEqualTo(SourceKind.KAFKA);
    }

    @Test
    void withoutHeaderEveryLineIsRejected() throws IOException {
        byte[] content = concat(KafkaArchiveFormat.line(0, 1, TS, utf8(VALID_JSON)),
            KafkaArchiveFormat.line(0, 2, TS, utf8(VALID_JSON)));

        ReadSummary summary = read("f.kafka", content);

        assertThat(summary.records()).isEqualTo(2);
        assertThat(results).allMatch(r -> r.rejection().reason() == ReasonCode.MALFORMED_RECORD
            && r.position().kind() == SourceKind.FILES);
    }

    @Test
    void gzippedArchivesReadTheSame() throws IOException {
        byte[] plain = concat(KafkaArchiveFormat.header("transactions"),
            KafkaArchiveFormat.line(1, 5, TS, utf8(VALID_JSON)), KafkaArchiveFormat.line(1, 6, TS, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        read("f.kafka.gz", out.toByteArray());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).position()).isEqualTo(SourcePosition.ofKafka("transactions", 1, 5, Instant.ofEpochMilli(TS)));

        byte[] truncated = Arrays.copyOf(out.toByteArray(), out.size() - 6);
        ReadSummary summary = read("f.kafka.gz", truncated);
        assertThat(summary.corrupt()).isTrue();
        assertThat(results.get(results.size() - 1).rejection().reason()).isEqualTo(ReasonCode.CORRUPT_FILE);
    }

    @Test
    void aValueAboveTheLimitIsTooLargeWithItsKafkaPosition() throws IOException {
        byte[] big = new byte[RecordParser.MAX_RECORD_BYTES + 10];
        Arrays.fill(big, (byte) 'a');
        byte[] huge = new byte[KafkaArchiveFormat.MAX_LINE_BYTES];
        Arrays.fill(huge, (byte) 'b');
        byte[] content = concat(KafkaArchiveFormat.header("transactions"),
            KafkaArchiveFormat.line(0, 1, TS, big), KafkaArchiveFormat.line(0, 2, TS, huge),
            KafkaArchiveFormat.line(0, 3, TS, utf8(VALID_JSON)));

        read("f.kafka", content);

        assertThat(results).hasSize(3);
        assertThat(results.get(0).rejection().reason()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
        assertThat(results.get(0).position().offset()).isEqualTo(1);
        assertThat(results.get(1).rejection().reason()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
        assertThat(results.get(1).position()).isEqualTo(SourcePosition.ofKafka("transactions", 0, 2, Instant.ofEpochMilli(TS)));
        assertThat(results.get(1).rawPayload()).hasSize(RecordParser.MAX_RECORD_BYTES);
        assertThat(results.get(2).isValid()).isTrue();
    }

    @Test
    void headerAndLinesRejectWhatTheyCannotWrite() {
        assertThatThrownBy(() -> KafkaArchiveFormat.header("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KafkaArchiveFormat.line(-1, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        byte[] h = KafkaArchiveFormat.header("transactions");
        assertThat(KafkaArchiveFormat.parseHeader(h, 0, h.length - 1)).contains("transactions");
    }
}
