package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.batch.BatchCli;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.table.TableSpec;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.batch.testing.PublishedRows;
import io.tributary.cli.CommandRunner;
import io.tributary.cli.generate.DatasetGenerator;
import io.tributary.cli.generate.GeneratorSettings;
import io.tributary.core.accounting.Counts;
import io.tributary.core.config.TributaryConfig;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated files -> ingest -> curate on the real MapReduce local runner and the real metastore; the
 * published tables are read back with the ORC reader and compared with the generator's own manifest
 * of expected counts (an independent statement of the contract), then the run is repeated and must
 * produce the same rows.
 */
class CurateRunIT {
    private static final EmbeddedMetastore HMS = EmbeddedMetastore.shared();

    @TempDir
    static Path work;

    static TributaryConfig config;
    static JsonNode expected;
    static Path expectedFile;
    static List<String> lakeArgs;

    @BeforeAll
    static void generateAndIngest() throws Exception {
        HMS.dropDatabases("curated", "errors", "views");
        Path input = work.resolve("input");
        new DatasetGenerator(new GeneratorSettings(input, 3000, 300, 3, 7, 0.03, 0.04, 0.03, 0.2,
            LocalDate.parse("2026-11-20")), io.tributary.cli.generate.ProgressListener.NONE).run();
        expectedFile = input.resolve("manifest.json");
        expected = new ObjectMapper().readTree(expectedFile.toFile()).path("transactions");
        config = HMS.config(work.resolve("lake"));
        lakeArgs = List.of("--set", "fs.uri=file:///", "--set", "storage.root=" + work.resolve("lake"),
            "--set", "metastore.uris=" + HMS.uri());
        // views are published to HBase by their own test (BatchViewPublishIT)
        // The files, not the Kafka stream: the batch layer sees Kafka events through the archiver only.
        // Each day's folder lands after that day ends, as on a real landing schedule: ingest time then
        // orders the days, which is what "first by ingest position" means for duplicates across days.
        TreeMap<String, List<Path>> byDay = new TreeMap<>();
        for (String folder : List.of("transactions", "customers")) {
            try (var days = Files.list(input.resolve(folder))) {
                days.forEach(d -> byDay.computeIfAbsent(d.getFileName().toString().replace("ingest_date=", ""),
                    k -> new ArrayList<>()).add(d));
            }
        }
        byDay.forEach((day, folders) -> folders.forEach(f -> assertThat(cli("ingest", "--from", f.toString(),
            "--ingest-time", LocalDate.parse(day).plusDays(1) + "T01:00:00Z")).isZero()));
    }

    /** A batch command as a user types it, pointed at this test's lake and metastore. */
    static int cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(lakeArgs);
        return CommandRunner.run(new BatchCli(), all.toArray(String[]::new));
    }

    @Test
    void curatedTablesMatchTheGeneratorsExpectationsAndARerunGivesTheSameRows() throws Exception {
        assertThat(cli("batch", "curate", "--skip-views", "--from", "2026-11-10", "--to", "2026-11-23")).isZero();
        RunStore runs = new RunStore(FileSystem.getLocal(HadoopSettings.from(config)), LakePaths.from(config));
        RunManifest first = runs.list().get(runs.list().size() - 1);

        JsonNode files = expected.path("by_source").path("files");
        Counts total = first.accounting().total();
        assertThat(first.balanced()).isTrue();
        assertThat(total.read()).isEqualTo(files.path("read").asLong());
        assertThat(total.rejected()).isEqualTo(files.path("rejected").asLong());
        assertThat(total.duplicates()).isEqualTo(files.path("duplicates").asLong());
        assertThat(total.filtered()).isEqualTo(files.path("filtered").asLong());
        assertThat(total.curated()).isEqualTo(files.path("curated").asLong());
        assertThat(total.unmatchedCustomer()).isEqualTo(files.path("unmatched_customers_final").asLong());
        assertThat(cli("batch", "verify", "--expected", expectedFile.toString())).as("batch verify agrees").isZero();

        // Independent check: what the ORC files hold, per event date, against the generator.
        Map<String, long[]> curated = curatedPerDate();
        expected.path("curated_by_event_date").path("files").fields().forEachRemaining(e -> {
            long[] got = curated.get(e.getKey());
            assertThat(got).as("curated rows of " + e.getKey()).isNotNull();
            assertThat(got[0]).as("events of " + e.getKey()).isEqualTo(e.getValue().path("events").asLong());
            assertThat(got[1]).as("approved of " + e.getKey()).isEqualTo(e.getValue().path("approved_events").asLong());
            assertThat(BigDecimal.valueOf(got[2], 2)).as("approved amount of " + e.getKey())
                .isEqualTo(new BigDecimal(e.getValue().path("approved_amount").asText()));
        });
        assertSortedByCustomer(Tables.CURATED_TRANSACTIONS);
        assertSortedByCustomer(Tables.CUSTOMER_DAILY_SPEND);
        Map<String, long[]> views = viewTotals();
        curated.forEach((date, c) -> {
            assertThat(views.get(date)[0]).as("view txn_count of " + date).isEqualTo(c[0]);
            assertThat(views.get(date)[1]).as("view approved_amount of " + date).isEqualTo(c[2]);
        });

        Map<String, Long> errorsByReason = errorsByReason();
        long conflicts = errorsByReason.getOrDefault("DUPLICATE_CONFLICT", 0L);
        assertThat(conflicts).isEqualTo(files.path("conflicting_duplicates").asLong());
        files.path("rejected_by_reason").fields().forEachRemaining(e ->
            assertThat(errorsByReason.getOrDefault(e.getKey(), 0L)).as(e.getKey()).isEqualTo(e.getValue().asLong()));

        String before = checksum(Tables.CURATED_TRANSACTIONS) + checksum(Tables.CUSTOMER_DAILY_SPEND)
            + checksum(Tables.ERRORS_TRANSACTIONS);
        assertThat(cli("batch", "curate", "--skip-views", "--from", "2026-11-10", "--to", "2026-11-23")).isZero();
        RunManifest second = runs.list().get(runs.list().size() - 1);
        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(second.indexedFiles()).as("nothing new to index").isEmpty();
        assertThat(checksum(Tables.CURATED_TRANSACTIONS) + checksum(Tables.CUSTOMER_DAILY_SPEND))
            .as("a rerun on the same inputs yields the same rows").isEqualTo(before.substring(0, 128));
        assertThat(published().all(Tables.CURATED_TRANSACTIONS).keySet()).allSatisfy(p ->
            assertThat(p.location()).endsWith(second.runId()));
    }

    private static PublishedRows published() {
        return new PublishedRows(config);
    }

    private static long cents(Object decimal) {
        return new BigDecimal(String.valueOf(decimal)).movePointRight(2).longValueExact();
    }

    /**
     * Rows of every partition, its files read in name order, come sorted by customer id (UTF-8 byte order,
     * as the write job sorts), and a customer's daily spend rows are never split: one per currency.
     */
    private static void assertSortedByCustomer(TableSpec spec) throws Exception {
        published().all(spec).forEach((p, rows) -> {
            byte[] previous = null;
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (Map<String, Object> row : rows) {
                byte[] customer = String.valueOf(row.get("customer_id")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (previous != null) {
                    assertThat(java.util.Arrays.compareUnsigned(previous, customer)).as(spec.qualifiedName() + " " + p.values()
                        + ": customer ids in order").isLessThanOrEqualTo(0);
                }
                previous = customer;
                if (spec == Tables.CUSTOMER_DAILY_SPEND) {
                    assertThat(groups.add(row.get("customer_id") + "/" + row.get("currency")))
                        .as("one daily spend row per customer and currency").isTrue();
                }
            }
        });
    }

    /** date -> {rows, approved rows, approved cents}, for dates with rows. */
    private static Map<String, long[]> curatedPerDate() throws Exception {
        Map<String, long[]> out = new TreeMap<>();
        published().all(Tables.CURATED_TRANSACTIONS).forEach((p, rows) -> {
            long[] c = new long[3];
            for (Map<String, Object> row : rows) {
                c[0]++;
                if ("APPROVED".equals(String.valueOf(row.get("status")))) {
                    c[1]++;
                    c[2] += cents(row.get("amount"));
                }
            }
            if (c[0] > 0) {
                out.put(p.values().get(0), c);
            }
        });
        return out;
    }

    /** date -> {sum txn_count, sum approved cents}. */
    private static Map<String, long[]> viewTotals() throws Exception {
        Map<String, long[]> out = new TreeMap<>();
        published().all(Tables.CUSTOMER_DAILY_SPEND).forEach((p, rows) -> {
            long[] c = new long[2];
            for (Map<String, Object> row : rows) {
                c[0] += ((Number) row.get("txn_count")).longValue();
                c[1] += cents(row.get("approved_amount"));
            }
            out.put(p.values().get(0), c);
        });
        return out;
    }

    private static Map<String, Long> errorsByReason() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        published().all(Tables.ERRORS_TRANSACTIONS).values().forEach(rows ->
            rows.forEach(row -> out.merge(String.valueOf(row.get("reason_code")), 1L, Long::sum)));
        return out;
    }

    /** SHA-256 over every row of every partition, in order, leaving out the run id (it differs by design). */
    private static String checksum(TableSpec spec) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        published().all(spec).forEach((p, rows) -> {
            for (Map<String, Object> row : rows) {
                Map<String, Object> sorted = new TreeMap<>(row);
                sorted.remove("run_id");
                sha.update((p.values() + "|" + sorted).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return HexFormat.of().formatHex(sha.digest());
    }
}
