package io.tributary.core.io;

import static io.tributary.core.testing.Fixtures.INGEST;
import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.VALID_CSV;
import static io.tributary.core.testing.Fixtures.VALID_JSON;
import static io.tributary.core.testing.Fixtures.VALID_POS;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RecordFileReaderTest {

    private static final String CSV_HEADER = "event_id,customer_id,merchant_id,amount,currency,event_time,channel,status,country";

    private final RecordFileReader<Transaction> reader = RecordFileReader.forTransactions();

    private final List<ParseResult<Transaction>> results = new ArrayList<>();

    private ReadSummary read(String path, byte[] content) throws IOException {
        results.clear();
        return reader.read(path, new ByteArrayInputStream(content), INGEST, results::add);
    }

    private static byte[] gzip(byte[] content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(content);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ReasonCode> reasons() {
        List<ReasonCode> codes = new ArrayList<>();
        for (ParseResult<Transaction> r : results) {
            codes.add(r.isValid() ? null : r.rejection().reason());
        }
        return codes;
    }

    @Test
    void readsAJsonLinesFileWithPositionsAndExactRawBytes() throws IOException {
        String bad = "{\"event_id\":\"e 2\"}";
        byte[] content = utf8(VALID_JSON + "\n\n" + bad + "\r\n" + VALID_JSON.replace("e-000001", "e-3"));
        ReadSummary summary = read("in/day1.jsonl", content);
        assertThat(summary).isEqualTo(new ReadSummary(3, 1, false));
        assertThat(results.get(0).valid().value()).isEqualTo(SAMPLE);
        assertThat(results.get(0).position()).isEqualTo(SourcePosition.ofFile("in/day1.jsonl", 0, 1, INGEST));
        assertThat(results.get(0).valid().rawPayload()).isEqualTo(utf8(VALID_JSON));
        Rejection r = results.get(1).rejection();
        assertThat(r.reason()).isEqualTo(ReasonCode.INVALID_EVENT_ID);
        assertThat(r.rawPayload()).isEqualTo(utf8(bad));
        assertThat(r.position()).isEqualTo(SourcePosition.ofFile("in/day1.jsonl", VALID_JSON.length() + 2, 3, INGEST));
        assertThat(results.get(2).valid().value().eventId()).isEqualTo("e-3");
        assertThat(results.get(2).position().line()).isEqualTo(4);
    }

    @Test
    void aGzippedFileReadsLikeThePlainOne() throws IOException {
        byte[] content = utf8(VALID_JSON + "\n{oops\n" + VALID_JSON + "\n");
        read("a.jsonl", content);
        List<ParseResult<Transaction>> plain = new ArrayList<>(results);
        ReadSummary summary = read("a.jsonl.gz", gzip(content));
        assertThat(summary.corrupt()).isFalse();
        assertThat(results).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(results.get(i).position().offset()).isEqualTo(plain.get(i).position().offset());
            assertThat(results.get(i).position().sourceName()).isEqualTo("a.jsonl.gz");
            assertThat(results.get(i).isValid()).isEqualTo(plain.get(i).isValid());
        }
    }

    @Test
    void concatenatedGzipMembersAreOneFile() throws IOException {
        byte[] a = gzip(utf8(VALID_JSON + "\n"));
        byte[] b = gzip(utf8(VALID_JSON.replace("e-000001", "e-2") + "\n"));
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        assertThat(read("x.json.gz", both)).isEqualTo(new ReadSummary(2, 0, false));
    }

    @Test
    void aTruncatedGzipGivesTheRecordsBeforeTheDamageThenOneCorruptFile() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            s.append(VALID_JSON.replace("e-000001", "e-" + i)).append('\n');
        }
        byte[] gz = gzip(utf8(s.toString()));
        ReadSummary summary = read("in/t.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThat(summary.corrupt()).isTrue();
        assertThat(summary.records()).isEqualTo(results.size());
        ParseResult<Transaction> last = results.get(results.size() - 1);
        assertThat(last.rejection().reason()).isEqualTo(ReasonCode.CORRUPT_FILE);
        assertThat(last.rejection().message()).contains("gzip");
        assertThat(results.subList(0, results.size() - 1)).allMatch(ParseResult::isValid);
        assertThat(results.size()).isGreaterThan(1).isLessThan(2001);
        // The corrupt-file row starts where the last good record ended and holds the unfinished bytes.
        long expectedOffset = (long) (results.size() - 1) * (VALID_JSON.length() + 1);
        assertThat(last.position().offset()).isLessThanOrEqualTo(expectedOffset + 10);
        assertThat(last.rejection().rawPayload().length).isLessThanOrEqualTo(RecordFramer.MAX_RECORD_BYTES);
    }

    @Test
    void aFileThatIsNotGzipAtAllIsOneCorruptFile() throws IOException {
        assertThat(read("x.csv.gz", utf8(CSV_HEADER + "\n" + VALID_CSV + "\n"))).isEqualTo(new ReadSummary(1, 0, true));
        Rejection r = results.get(0).rejection();
        assertThat(r.reason()).isEqualTo(ReasonCode.CORRUPT_FILE);
        assertThat(r.position()).isEqualTo(SourcePosition.ofFile("x.csv.gz", 0, 1, INGEST));
        assertThat(r.rawPayload()).isEmpty();
        assertThat(read("empty.log.gz", new byte[0])).isEqualTo(new ReadSummary(1, 0, true));
    }

    @Test
    void aDamagedChecksumIsACorruptFileAfterItsRecords() throws IOException {
        byte[] gz = gzip(utf8(VALID_JSON + "\n" + VALID_JSON + "\n"));
        gz[gz.length - 8] ^= 0x55; // CRC32 in the trailer
        ReadSummary summary = read("crc.jsonl.gz", gz);
        assertThat(summary.corrupt()).isTrue();
        assertThat(reasons()).last().isEqualTo(ReasonCode.CORRUPT_FILE);
    }

    @Test
    void aStorageFailureIsThrownNotQuarantined() {
        byte[] gz = gzip(utf8(VALID_JSON + "\n"));
        for (String name : new String[] {"a.jsonl", "a.jsonl.gz"}) {
            byte[] content = name.endsWith(".gz") ? gz : utf8(VALID_JSON + "\n");
            InputStream failing = new FilterInputStream(new ByteArrayInputStream(content, 0, 5)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n < 0) {
                        throw new IOException("disk on fire");
                    }
                    return n;
                }
            };
            assertThatThrownBy(() -> reader.read(name, failing, INGEST, results::add))
                .isInstanceOf(IOException.class).hasMessage("disk on fire");
        }
    }

    @Test
    void csvFilesSkipTheirHeaderAndReadMultiLineRecords() throws IOException {
        String multi = "e-2,\"C,\"\"42\"\"\r\nline 2\",,1.5,EUR,2026-11-26T10:15:30Z,WEB,DECLINED,";
        byte[] content = utf8(CSV_HEADER + "\r\n" + VALID_CSV + "\r\n" + multi + "\r\n" + "e-3,C\r\n");
        ReadSummary summary = read("legacy.csv", content);
        assertThat(summary).isEqualTo(new ReadSummary(3, 0, false));
        assertThat(results.get(0).valid().value()).isEqualTo(SAMPLE);
        assertThat(results.get(0).position().line()).isEqualTo(2);
        assertThat(results.get(0).position().offset()).isEqualTo(CSV_HEADER.length() + 2);
        Transaction t = results.get(1).valid().value();
        assertThat(t.customerId()).isEqualTo("C,\"42\"\r\nline 2");
        assertThat(results.get(1).valid().rawPayload()).isEqualTo(utf8(multi));
        assertThat(results.get(1).position().line()).isEqualTo(3);
        assertThat(results.get(2).rejection().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(2).position().line()).isEqualTo(5);
    }

    @Test
    void aCsvFileWithOnlyItsHeaderHasNoRecords() throws IOException {
        assertThat(read("h.csv", utf8(CSV_HEADER + "\n"))).isEqualTo(new ReadSummary(0, 0, false));
        assertThat(read("h.csv", utf8(CSV_HEADER))).isEqualTo(new ReadSummary(0, 0, false));
        assertThat(read("e.csv", new byte[0])).isEqualTo(new ReadSummary(0, 0, false));
        assertThat(read("bom.csv", utf8("\uFEFF" + CSV_HEADER + "\n" + VALID_CSV))).isEqualTo(new ReadSummary(1, 0, false));
        assertThat(results.get(0).isValid()).isTrue();
    }

    @Test
    void aWrongHeaderRejectsEveryRecordOfTheFileHeaderIncluded() throws IOException {
        String otherHeader = CSV_HEADER.replace("amount,currency", "currency,amount");
        ReadSummary summary = read("bad.csv", utf8(otherHeader + "\n" + VALID_CSV + "\n" + VALID_CSV + "\n"));
        assertThat(summary.records()).isEqualTo(3);
        assertThat(reasons()).containsOnly(ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(0).rejection().rawPayload()).isEqualTo(utf8(otherHeader));
        assertThat(results.get(1).rejection().message()).contains("header");
        // A file without any header: its first data line is not lost either.
        read("noheader.csv", utf8(VALID_CSV + "\n" + VALID_CSV + "\n"));
        assertThat(reasons()).containsExactly(ReasonCode.MALFORMED_RECORD, ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(0).rejection().rawPayload()).isEqualTo(utf8(VALID_CSV));
    }

    @Test
    void posLogFiles() throws IOException {
        ReadSummary summary = read("pos/terminal-7.log", utf8(VALID_POS + "\n" + "garbage line\n" + VALID_POS + "\n"));
        assertThat(summary.records()).isEqualTo(3);
        assertThat(reasons()).containsExactly(null, ReasonCode.MALFORMED_RECORD, null);
        assertThat(results.get(0).valid().value()).isEqualTo(SAMPLE);
    }

    @Test
    void invalidUtf8InAFileIsMalformedWithItsExactBytes() throws IOException {
        byte[] line = utf8(VALID_JSON);
        line[20] = (byte) 0xC3;
        line[21] = (byte) 0x28;
        byte[] content = Arrays.copyOf(line, line.length + 1);
        content[line.length] = '\n';
        read("u.jsonl", content);
        assertThat(results.get(0).rejection().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        assertThat(results.get(0).rejection().rawPayload()).isEqualTo(line);
    }

    @Test
    void recordsOfExactly64KibAreReadOneByteMoreIsTooLarge() throws IOException {
        int max = RecordFramer.MAX_RECORD_BYTES;
        String exact = padJson(max);
        String over = padJson(max + 1);
        assertThat(utf8(exact)).hasSize(max);
        for (String path : new String[] {"big.jsonl", "big.jsonl.gz"}) {
            byte[] content = utf8(exact + "\n" + over + "\n" + VALID_JSON);
            read(path, path.endsWith(".gz") ? gzip(content) : content);
            assertThat(reasons()).containsExactly(null, ReasonCode.RECORD_TOO_LARGE, null);
            Rejection r = results.get(1).rejection();
            assertThat(r.rawPayload()).isEqualTo(Arrays.copyOf(utf8(over), max));
            assertThat(r.message()).contains(String.valueOf(max + 1)).contains(String.valueOf(max));
            assertThat(r.position().line()).isEqualTo(2);
            assertThat(r.position().offset()).isEqualTo(max + 1);
            assertThat(results.get(2).position().line()).isEqualTo(3);
        }
    }

    @Test
    void tooLargeRecordsInCsvAndPosFiles() throws IOException {
        int max = RecordFramer.MAX_RECORD_BYTES;
        String csvOver = VALID_CSV.replace("C0000042", "\"" + "c".repeat(max) + "\"");
        read("big.csv", utf8(CSV_HEADER + "\n" + csvOver + "\n" + VALID_CSV + "\n"));
        assertThat(reasons()).containsExactly(ReasonCode.RECORD_TOO_LARGE, null);
        String posOver = VALID_POS.replace("cust=C0000042", "cust=" + "c".repeat(max));
        read("big.log", utf8(posOver + "\n" + VALID_POS + "\n"));
        assertThat(reasons()).containsExactly(ReasonCode.RECORD_TOO_LARGE, null);
    }

    /** The valid sample padded with an unknown field to exactly {@code size} bytes. */
    private static String padJson(int size) {
        String prefix = VALID_JSON.substring(0, VALID_JSON.length() - 1) + ",\"pad\":\"";
        String suffix = "\"}";
        return prefix + "p".repeat(size - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void everyTransactionReasonCodeOfEachFormatComesThroughTheFileReader() throws IOException {
        String jsonlines = String.join("\n",
            "{\"customer_id\":\"C1\"}",
            VALID_JSON.replace("e-000001", "e/1"),
            VALID_JSON.replace("\"DE\"", "\"XX\""),
            VALID_JSON.replace("\"123.45\"", "\"1.234\""),
            VALID_JSON.replace("\"EUR\"", "\"EURO\""),
            VALID_JSON.replace("2026-11-26T10:15:30.123Z", "26.11.2026"),
            VALID_JSON.replace("2026-11-26T10:15:30.123Z", "2026-11-26T13:00:00Z"),
            VALID_JSON.replace("\"POS\"", "\"pos\""),
            VALID_JSON.replace("\"schema_version\":1", "\"schema_version\":2"),
            "not json",
            padJson(RecordFramer.MAX_RECORD_BYTES + 1));
        read("all.jsonl", utf8(jsonlines));
        assertThat(reasons()).containsExactly(ReasonCode.MISSING_FIELD, ReasonCode.INVALID_EVENT_ID,
            ReasonCode.INVALID_FIELD, ReasonCode.INVALID_AMOUNT, ReasonCode.INVALID_CURRENCY,
            ReasonCode.INVALID_EVENT_TIME, ReasonCode.FUTURE_EVENT_TIME, ReasonCode.INVALID_ENUM,
            ReasonCode.UNSUPPORTED_SCHEMA_VERSION, ReasonCode.MALFORMED_RECORD, ReasonCode.RECORD_TOO_LARGE);

        String csv = String.join("\r\n", CSV_HEADER,
            VALID_CSV.replace("C0000042", ""),
            VALID_CSV.replace("e-000001", "e/1"),
            VALID_CSV.replace(",DE", ",XX"),
            VALID_CSV.replace("123.45", "1.234"),
            VALID_CSV.replace("EUR", "EURO"),
            VALID_CSV.replace("2026-11-26T10:15:30.123Z", "26.11.2026"),
            VALID_CSV.replace("2026-11-26T10:15:30.123Z", "2026-11-26T13:00:00Z"),
            VALID_CSV.replace("APPROVED", "OK"),
            VALID_CSV + ",extra",
            VALID_CSV.replace("C0000042", "C".repeat(RecordFramer.MAX_RECORD_BYTES)));
        read("all.csv", utf8(csv));
        assertThat(reasons()).containsExactly(ReasonCode.MISSING_FIELD, ReasonCode.INVALID_EVENT_ID,
            ReasonCode.INVALID_FIELD, ReasonCode.INVALID_AMOUNT, ReasonCode.INVALID_CURRENCY,
            ReasonCode.INVALID_EVENT_TIME, ReasonCode.FUTURE_EVENT_TIME, ReasonCode.INVALID_ENUM,
            ReasonCode.MALFORMED_RECORD, ReasonCode.RECORD_TOO_LARGE);

        String pos = String.join("\n",
            VALID_POS.replace("cust=C0000042", "cust="),
            VALID_POS.replace("e-000001", "e/1"),
            VALID_POS.replace("country=DE", "country=XX"),
            VALID_POS.replace("123.45", "1.234"),
            VALID_POS.replace("EUR", "EURO"),
            VALID_POS.replace("2026-11-26T10:15:30.123Z", "26.11.2026"),
            VALID_POS.replace("2026-11-26T10:15:30.123Z", "2026-11-26T13:00:00Z"),
            VALID_POS.replace(" POS ", " KIOSK "),
            "POS log line without shape",
            VALID_POS.replace("C0000042", "C".repeat(RecordFramer.MAX_RECORD_BYTES)));
        read("all.log", utf8(pos));
        assertThat(reasons()).containsExactly(ReasonCode.MISSING_FIELD, ReasonCode.INVALID_EVENT_ID,
            ReasonCode.INVALID_FIELD, ReasonCode.INVALID_AMOUNT, ReasonCode.INVALID_CURRENCY,
            ReasonCode.INVALID_EVENT_TIME, ReasonCode.FUTURE_EVENT_TIME, ReasonCode.INVALID_ENUM,
            ReasonCode.MALFORMED_RECORD, ReasonCode.RECORD_TOO_LARGE);
    }

    @Test
    void customerChangeFiles() throws IOException {
        RecordFileReader<CustomerChange> customers = RecordFileReader.forCustomerChanges();
        List<ParseResult<CustomerChange>> rows = new ArrayList<>();
        String content = "op,customer_id,name,email,country,segment,updated_at\n"
            + "U,C1,\"Ada\nLovelace\",ada@example.org,GB,RETAIL,2026-11-26T09:00:00Z\n"
            + "D,C2,,,,,2026-11-26T09:00:00Z\n"
            + "U,C3,,,,VIP,2026-11-26T09:00:00Z\n";
        ReadSummary summary = customers.read("cdc/customers-1.csv.gz", new ByteArrayInputStream(gzip(utf8(content))), INGEST, rows::add);
        assertThat(summary).isEqualTo(new ReadSummary(3, 0, false));
        assertThat(rows.get(0).valid().value().name()).isEqualTo("Ada\nLovelace");
        assertThat(rows.get(1).isValid()).isTrue();
        assertThat(rows.get(2).rejection().reason()).isEqualTo(ReasonCode.INVALID_ENUM);
        assertThat(rows.get(2).position().line()).isEqualTo(5);
        assertThat(customers.supports("c.csv")).isTrue();
        assertThat(customers.supports("c.jsonl")).isFalse();
        assertThatThrownBy(() -> customers.read("c.jsonl", new ByteArrayInputStream(new byte[0]), INGEST, rows::add))
            .isInstanceOf(IllegalArgumentException.class);
        rows.clear();
        customers.read("wrong.csv", new ByteArrayInputStream(utf8(CSV_HEADER + "\n" + VALID_CSV)), INGEST, rows::add);
        assertThat(rows).hasSize(2).allMatch(r -> r.rejection().reason() == ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void unknownExtensionsAreTheCallersMistake() {
        assertThat(reader.supports("notes.txt")).isFalse();
        assertThat(reader.supports("a.log.gz")).isTrue();
        assertThatThrownBy(() -> read("notes.txt", new byte[0])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("notes.txt");
    }

    @Test
    void theReaderIsReusableForManyFiles() throws IOException {
        for (int i = 0; i < 3; i++) {
            read("f" + i + ".csv", utf8(CSV_HEADER + "\n" + VALID_CSV + "\n"));
            assertThat(results).hasSize(1).allMatch(ParseResult::isValid);
            read("f" + i + ".jsonl", utf8("x\n" + VALID_JSON));
            assertThat(reasons()).containsExactly(ReasonCode.MALFORMED_RECORD, null);
        }
    }
}
