package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Channel;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Rejection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.TypeDescription;
import org.apache.orc.impl.OrcIndex;
import org.apache.orc.impl.RecordReaderImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowWritersTest {
    private static final Configuration CONF = new Configuration();
    private static final Instant INGEST = Instant.parse("2026-11-27T14:30:12Z");

    @TempDir
    java.nio.file.Path dir;

    private Path file(String name) {
        return new Path(dir.resolve(name).toUri());
    }

    static Transaction txn(String id, long cents, TxnStatus status, String merchant, String country, Instant time) {
        return new Transaction(id, "C0000042", merchant, cents, "EUR", time, Channel.POS, status, country, 1);
    }

    @Test
    void curatedRowsRoundTripWithNullsNegativeAndExtremeAmounts() throws IOException {
        Instant t1 = Instant.parse("2026-11-26T10:15:30.123456789Z");
        Instant t2 = Instant.parse("1969-07-20T20:17:40.5Z");
        List<Transaction> txns = List.of(
            txn("e-1", 12345, TxnStatus.APPROVED, "M00017", "DE", t1),
            txn("e-2", -50, TxnStatus.REVERSED, null, null, t2),
            txn("e-3", 99_999_999_999_999L, TxnStatus.APPROVED, "M1", "FR", t1),
            txn("e-4", -99_999_999_999_999L, TxnStatus.DECLINED, "M1", "FR", t1));
        SourcePosition file = SourcePosition.ofFile("raw/a.jsonl", 2041, 12, INGEST);
        SourcePosition kafka = SourcePosition.ofKafka("transactions", 3, 77, INGEST);

        Path out = file("curated.orc");
        try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CURATED_TRANSACTIONS, out)) {
            for (int i = 0; i < txns.size(); i++) {
                Transaction t = txns.get(i);
                SourcePosition p = i % 2 == 0 ? file : kafka;
                String country = i == 1 ? null : "DE";
                w.append((b, r) -> CuratedRow.set(b, r, t, p, "RETAIL", country, "run-1"));
            }
            assertThat(w.rowCount()).isEqualTo(4);
        }

        List<Map<String, Object>> rows = OrcRows.readAll(CONF, out);
        assertThat(rows).hasSize(4);
        Map<String, Object> first = rows.get(0);
        assertThat(first.keySet()).containsExactlyElementsOf(Tables.CURATED_TRANSACTIONS.orcSchema().getFieldNames());
        assertThat(first).containsEntry("event_id", "e-1").containsEntry("customer_id", "C0000042")
            .containsEntry("merchant_id", "M00017").containsEntry("amount", new BigDecimal("123.45"))
            .containsEntry("currency", "EUR").containsEntry("event_time", t1).containsEntry("channel", "POS")
            .containsEntry("status", "APPROVED").containsEntry("country", "DE").containsEntry("schema_version", 1)
            .containsEntry("customer_segment", "RETAIL").containsEntry("customer_country", "DE")
            .containsEntry("source", "files").containsEntry("source_name", "raw/a.jsonl")
            .containsEntry("source_offset", 2041L).containsEntry("source_line", 12L)
            .containsEntry("ingest_time", INGEST).containsEntry("run_id", "run-1");
        assertThat(rows.get(1)).containsEntry("merchant_id", null).containsEntry("country", null)
            .containsEntry("customer_country", null).containsEntry("amount", new BigDecimal("-0.50"))
            .containsEntry("event_time", t2).containsEntry("status", "REVERSED")
            .containsEntry("source", "kafka").containsEntry("source_name", "transactions-3")
            .containsEntry("source_offset", 77L).containsEntry("source_line", 0L);
        assertThat(rows.get(2)).containsEntry("amount", new BigDecimal("999999999999.99"));
        assertThat(rows.get(3)).containsEntry("amount", new BigDecimal("-999999999999.99"));
    }

    @Test
    void errorRowsKeepInvalidUtf8PayloadsByteForByte() throws IOException {
        byte[] invalid = {'{', '"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, '}'};
        Rejection bad = new Rejection(ReasonCode.MALFORMED_RECORD, "not valid UTF-8", invalid,
            SourcePosition.ofFile("raw/b.jsonl", 0, 1, INGEST));
        Rejection empty = new Rejection(ReasonCode.MISSING_FIELD, "empty line", new byte[0],
            SourcePosition.ofKafka("transactions", 0, 5, INGEST));
        Rejection conflict = new Rejection(ReasonCode.DUPLICATE_CONFLICT, "amount differs from survivor",
            "{\"event_id\":\"e-9\"}".getBytes(StandardCharsets.UTF_8), SourcePosition.ofFile("raw/c.csv", 10, 2, INGEST));

        Path out = file("errors.orc");
        try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.ERRORS_TRANSACTIONS, out)) {
            w.append((b, r) -> ErrorRow.set(b, r, bad, null, "run-2"));
            w.append((b, r) -> ErrorRow.set(b, r, empty, null, "run-2"));
            w.append((b, r) -> ErrorRow.set(b, r, conflict, "e-9", "run-2"));
        }

        List<Map<String, Object>> rows = OrcRows.readAll(CONF, out);
        assertThat((byte[]) rows.get(0).get("raw_payload")).containsExactly(invalid);
        assertThat(rows.get(0)).containsEntry("raw_text", bad.rawText()).containsEntry("reason_code", "MALFORMED_RECORD")
            .containsEntry("message", "not valid UTF-8").containsEntry("event_id", null)
            .containsEntry("source", "files").containsEntry("source_line", 1L).containsEntry("ingest_time", INGEST);
        assertThat((String) rows.get(0).get("raw_text")).contains("\uFFFD");
        assertThat((byte[]) rows.get(1).get("raw_payload")).isEmpty();
        assertThat(rows.get(1)).containsEntry("raw_text", "").containsEntry("source", "kafka");
        assertThat(rows.get(2)).containsEntry("event_id", "e-9").containsEntry("reason_code", "DUPLICATE_CONFLICT");

        assertThat(ErrorRow.partition(bad, null)).isEqualTo(PartitionValues.of(LocalDate.of(2026, 11, 27), null));
        assertThat(ErrorRow.partition(conflict, LocalDate.of(2026, 11, 20)).metastoreValues())
            .containsExactly("2026-11-27", "2026-11-20");
    }

    @Test
    void dailySpendRowsRoundTripUpToTheLargestDecimal() throws IOException {
        Instant t = Instant.parse("2026-11-26T08:00:00Z");
        SpendMeasures m = new SpendMeasures()
            .add(txn("e-1", 1000, TxnStatus.APPROVED, null, null, t), SourceKind.KAFKA)
            .add(txn("e-2", 250, TxnStatus.DECLINED, null, null, t), SourceKind.FILES)
            .add(txn("e-3", -75, TxnStatus.REVERSED, null, null, t), SourceKind.FILES);
        SpendMeasures huge = new SpendMeasures();
        for (int i = 0; i < 10_000; i++) {
            huge.add(txn("h" + i, 99_999_999_999_999L, TxnStatus.APPROVED, null, null, t), SourceKind.FILES);
        }

        Path out = file("spend.orc");
        try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CUSTOMER_DAILY_SPEND, out)) {
            w.append((b, r) -> DailySpendRow.set(b, r, "C1", "EUR", m, "SMB", "run-3"));
            w.append((b, r) -> DailySpendRow.set(b, r, "C2", "USD", huge, "UNKNOWN", "run-3"));
        }

        List<Map<String, Object>> rows = OrcRows.readAll(CONF, out);
        assertThat(rows.get(0)).containsEntry("customer_id", "C1").containsEntry("currency", "EUR")
            .containsEntry("txn_count", 3L).containsEntry("approved_count", 1L)
            .containsEntry("approved_amount", new BigDecimal("10.00")).containsEntry("declined_count", 1L)
            .containsEntry("reversed_amount", new BigDecimal("-0.75")).containsEntry("kafka_count", 1L)
            .containsEntry("customer_segment", "SMB").containsEntry("run_id", "run-3");
        assertThat(rows.get(1)).containsEntry("approved_amount", new BigDecimal("9999999999999900.00")).containsEntry("reversed_amount", new BigDecimal("0.00"));
        assertThat(DailySpendRow.partition(LocalDate.of(2026, 11, 26)).values()).containsExactly("2026-11-26");
    }

    @Test
    void refusesAnAmountTheColumnCannotHoldInsteadOfWritingNull() throws IOException {
        SpendMeasures tooMuch = new SpendMeasures();
        Instant t = Instant.parse("2026-11-26T08:00:00Z");
        for (int i = 0; i < 10_001; i++) {
            tooMuch.add(txn("x" + i, 99_999_999_999_999L, TxnStatus.APPROVED, null, null, t), SourceKind.FILES);
        }
        try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CUSTOMER_DAILY_SPEND, file("over.orc"))) {
            assertThatThrownBy(() -> w.append((b, r) -> DailySpendRow.set(b, r, "C1", "EUR", tooMuch, "SMB", "r")))
                .hasMessageContaining("does not fit decimal(18,2)");
            assertThat(w.rowCount()).isZero();
        }
    }

    @Test
    void manyBatchesWithAlternatingNullsKeepEveryValue() throws IOException {
        Instant t = Instant.parse("2026-11-26T10:00:00Z");
        SourcePosition p = SourcePosition.ofFile("f", 0, 1, INGEST);
        int n = 5000;
        Path out = file("many.orc");
        try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CURATED_TRANSACTIONS, out)) {
            for (int i = 0; i < n; i++) {
                Transaction x = txn("e-" + i, i, TxnStatus.APPROVED, i % 2 == 0 ? null : "M" + i, null, t.plusSeconds(i));
                w.append((b, r) -> CuratedRow.set(b, r, x, p, "RETAIL", null, "r"));
            }
        }
        List<Map<String, Object>> rows = OrcRows.readAll(CONF, out);
        assertThat(rows).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(rows.get(i).get("merchant_id")).isEqualTo(i % 2 == 0 ? null : "M" + i);
            assertThat(rows.get(i).get("event_time")).isEqualTo(t.plusSeconds(i));
        }
    }

    @Test
    void filesAreZstdAndTheSameRowsGiveTheSameBytes() throws IOException {
        Path a = file("a.orc");
        Path b = file("b.orc");
        for (Path out : List.of(a, b)) {
            try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CURATED_TRANSACTIONS, out)) {
                for (int i = 0; i < 100; i++) {
                    Transaction x = txn("e-" + i, i * 7L, TxnStatus.DECLINED, "M", "DE", Instant.parse("2026-11-26T10:00:00Z"));
                    SourcePosition p = SourcePosition.ofFile("f", i, i + 1, INGEST);
                    w.append((batch, r) -> CuratedRow.set(batch, r, x, p, "CORPORATE", "AT", "r"));
                }
            }
        }
        assertThat(Files.readAllBytes(dir.resolve("a.orc"))).isEqualTo(Files.readAllBytes(dir.resolve("b.orc")));
        try (Reader reader = OrcFile.createReader(a, OrcFile.readerOptions(CONF))) {
            assertThat(reader.getCompressionKind()).isEqualTo(CompressionKind.ZSTD);
            assertThat(reader.getNumberOfRows()).isEqualTo(100);
            // Bloom filters exist for the lookup ids and for nothing else.
            int columns = reader.getSchema().getMaximumId() + 1;
            boolean[] all = new boolean[columns];
            java.util.Arrays.fill(all, true);
            try (RecordReaderImpl rows = (RecordReaderImpl) reader.rows()) {
                OrcIndex index = rows.readRowIndex(0, all, all);
                TypeDescription schema = reader.getSchema();
                for (String column : schema.getFieldNames()) {
                    int id = schema.findSubtype(column).getId();
                    boolean bloom = index.getBloomFilterIndex()[id] != null
                        && index.getBloomFilterIndex()[id].getBloomFilterCount() > 0;
                    assertThat(bloom).as("bloom filter of %s", column)
                        .isEqualTo(column.equals("event_id") || column.equals("customer_id"));
                }
            }
        }
    }

    @Test
    void timestampsReadBackAsTheSameInstantWhateverTheTimeZones() throws IOException {
        Instant t = Instant.parse("2026-03-29T01:30:00.5Z");
        TimeZone saved = TimeZone.getDefault();
        Path out = file("tz.orc");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            try (OrcTableWriter w = OrcTableWriter.create(CONF, Tables.CURATED_TRANSACTIONS, out)) {
                w.append((b, r) -> CuratedRow.set(b, r, txn("e", 1, TxnStatus.APPROVED, null, null, t),
                    SourcePosition.ofFile("f", 0, 1, INGEST), "RETAIL", null, "r"));
            }
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertThat(OrcRows.readAll(CONF, out).get(0)).containsEntry("event_time", t).containsEntry("ingest_time", INGEST);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void neverReplacesAnExistingFile() throws IOException {
        Path out = file("once.orc");
        OrcTableWriter.create(CONF, Tables.CUSTOMER_DAILY_SPEND, out).close();
        assertThatThrownBy(() -> OrcTableWriter.create(CONF, Tables.CUSTOMER_DAILY_SPEND, out))
            .isInstanceOf(IOException.class);
    }
}
