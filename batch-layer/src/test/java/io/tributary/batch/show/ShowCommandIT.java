package io.tributary.batch.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.table.CuratedRow;
import io.tributary.batch.table.ErrorRow;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.OrcTableWriter;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.TableSpec;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.cli.CommandRunner;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.model.Channel;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShowCommandIT {
    private static final EmbeddedMetastore HMS = EmbeddedMetastore.shared();
    private static final TributaryConfig CONFIG = HMS.config();
    private static final LakePaths LAKE = LakePaths.from(CONFIG);
    private static final Configuration CONF = HadoopSettings.from(CONFIG);
    private static final LocalDate DAY1 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DAY2 = LocalDate.of(2025, 6, 2);
    private static final Instant INGEST = Instant.parse("2025-06-03T04:05:06Z");
    private static final byte[] BAD_PAYLOAD = {'{', (byte) 0xFF, '"', 'x', '"', '}'};
    private static final String LONG_MESSAGE = "expected a JSON object but the record is something else entirely, see payload";

    @BeforeAll
    static void publishSomeRows() throws IOException {
        HMS.dropDatabases("curated", "errors", "views");
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(CONFIG)) {
            catalog.ensureTables();
            SourcePosition pos = SourcePosition.ofFile("raw/day.jsonl", 120, 3, INGEST);
            writeCurated(catalog, DAY1, List.of(
                txn("e-1", DAY1, 12345, "M1"), txn("e-2", DAY1, -50, null)), pos);
            writeCurated(catalog, DAY2, List.of(txn("e-3", DAY2, 99_999_999_999_999L, "M3")), pos);

            TableSpec errors = Tables.ERRORS_TRANSACTIONS;
            Rejection bad = new Rejection(ReasonCode.MALFORMED_RECORD, LONG_MESSAGE, BAD_PAYLOAD, pos);
            PartitionValues nullEventDate = ErrorRow.partition(bad, null);
            Path folder = errors.runFolder(LAKE, nullEventDate, "run-show");
            try (OrcTableWriter w = OrcTableWriter.create(CONF, errors, new Path(folder, "part-00000.orc"))) {
                w.append((b, r) -> ErrorRow.set(b, r, bad, null, "run-show"));
            }
            catalog.publishPartition(errors, nullEventDate, folder);
        }
    }

    /** Other test classes share the metastore: leave no partitions behind for them. */
    @AfterAll
    static void leaveClean() {
        HMS.dropDatabases("curated", "errors", "views");
    }

    private static Transaction txn(String id, LocalDate day, long cents, String merchant) {
        return new Transaction(id, "C0000042", merchant, cents, "EUR", day.atTime(10, 15, 30, 123_000_000)
            .toInstant(java.time.ZoneOffset.UTC), Channel.WEB, TxnStatus.APPROVED, "DE", 1);
    }

    private static void writeCurated(MetastoreCatalog catalog, LocalDate day, List<Transaction> txns,
                                     SourcePosition pos) throws IOException {
        TableSpec curated = Tables.CURATED_TRANSACTIONS;
        PartitionValues partition = PartitionValues.of(day);
        Path folder = curated.runFolder(LAKE, partition, "run-show");
        try (OrcTableWriter w = OrcTableWriter.create(CONF, curated, new Path(folder, "part-00000.orc"))) {
            for (Transaction t : txns) {
                w.append((b, r) -> CuratedRow.set(b, r, t, pos, "RETAIL", null, "run-show"));
            }
        }
        catalog.publishPartition(curated, partition, folder);
    }

    private record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result show(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CommandRunner.commandLine(new ShowCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(HMS.cliArgs());
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void printsJsonLinesWithPartitionColumnsDecimalsAsStringsAndUtcTimestamps() throws IOException {
        Result r = show("curated.transactions");

        assertThat(r.exit()).isZero();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        List<String> keys = new ArrayList<>();
        Iterator<String> names = first.fieldNames();
        names.forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(Tables.CURATED_TRANSACTIONS.allColumns().stream()
            .map(io.tributary.batch.table.Column::name).toList());
        assertThat(first.get("event_id").asText()).isEqualTo("e-1");
        assertThat(first.get("amount").isTextual()).isTrue();
        assertThat(first.get("amount").asText()).isEqualTo("123.45");
        assertThat(first.get("event_time").asText()).isEqualTo("2025-06-01T10:15:30.123Z");
        assertThat(first.get("ingest_time").asText()).isEqualTo("2025-06-03T04:05:06Z");
        assertThat(first.get("source_offset").asLong()).isEqualTo(120);
        assertThat(first.get("customer_country").isNull()).isTrue();
        assertThat(first.get("event_date").asText()).isEqualTo("2025-06-01");
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("amount").asText()).isEqualTo("-0.50");
        assertThat(second.get("merchant_id").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(lines.get(2)).get("amount").asText()).isEqualTo("999999999999.99");
    }

    @Test
    void filtersPartitionsAndLimitsRows() throws IOException {
        Result day2 = show("curated.transactions", "--partition", "event_date=2025-06-02");
        assertThat(day2.exit()).isZero();
        assertThat(day2.lines()).hasSize(1).first().asString().contains("\"event_id\":\"e-3\"");

        Result both = show("curated.transactions", "--partition", "event_date=2025-06-02",
            "--partition", "event_date=2025-06-01", "--limit", "2");
        assertThat(both.lines()).hasSize(2);
        assertThat(both.err()).contains("first 2 rows shown");

        Result none = show("curated.transactions", "--partition", "event_date=2030-01-01");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("no matching partitions");
    }

    @Test
    void errorRowsShowBinaryAsBase64AndTheNullPartitionAsNull() throws IOException {
        Result r = show("errors.transactions", "--partition", "event_date=__HIVE_DEFAULT_PARTITION__");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(1);
        JsonNode row = new ObjectMapper().readTree(r.lines().get(0));
        assertThat(Base64.getDecoder().decode(row.get("raw_payload").asText())).containsExactly(BAD_PAYLOAD);
        assertThat(row.get("raw_text").asText()).isEqualTo("{\uFFFD\"x\"}");
        assertThat(row.get("reason_code").asText()).isEqualTo("MALFORMED_RECORD");
        assertThat(row.get("ingest_date").asText()).isEqualTo("2025-06-03");
        assertThat(row.get("event_date").isNull()).isTrue();
    }

    @Test
    void printsAnAlignedTableWithWideCellsCut() {
        Result r = show("errors.transactions", "--format", "table");

        assertThat(r.exit()).isZero();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("raw_payload").contains(" | reason_code ").endsWith("event_date");
        assertThat(lines.get(1)).matches("[-| ]+");
        assertThat(lines.get(2)).contains("MALFORMED_RECORD").contains(LONG_MESSAGE.substring(0, 37) + "...")
            .doesNotContain(LONG_MESSAGE).endsWith("NULL");
        assertThat(lines.get(3)).isEqualTo("(1 row)");
        // Every row's separators line up with the header's.
        assertThat(lines.get(2).indexOf(" | MALFORMED_RECORD")).isEqualTo(lines.get(0).indexOf(" | reason_code"));
    }

    @Test
    void anUnknownTableIsAUsageErrorNamingIt() {
        Result r = show("curated.nothing");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown table 'curated.nothing'").contains("curated.transactions");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(show("transactions").exit()).isEqualTo(2);
        Result key = show("curated.transactions", "--partition", "ingest_date=2025-06-01");
        assertThat(key.exit()).isEqualTo(2);
        assertThat(key.err()).contains("'ingest_date' is not a partition column of curated.transactions");
        Result date = show("curated.transactions", "--partition", "event_date=yesterday");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("event_date=yesterday: not a date");
        assertThat(show("curated.transactions", "--format", "xml").exit()).isEqualTo(2);
        assertThat(show("curated.transactions", "--limit", "-1").exit()).isEqualTo(2);
    }
}
