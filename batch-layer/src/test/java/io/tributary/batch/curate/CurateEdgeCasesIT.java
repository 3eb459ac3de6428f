package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.BatchCli;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.TableSpec;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.batch.testing.PublishedRows;
import io.tributary.cli.CommandRunner;
import io.tributary.core.config.TributaryConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made inputs for the cases a generated data set may not pin down, run in a fixed order on one lake. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurateEdgeCasesIT {
    private static final EmbeddedMetastore HMS = EmbeddedMetastore.shared();
    private static final LocalDate D = LocalDate.parse("2026-11-20");

    @TempDir
    static Path work;

    static TributaryConfig config;
    static List<String> lakeArgs;

    @BeforeAll
    static void lake() {
        HMS.dropDatabases("curated", "errors", "views");
        config = HMS.config(work.resolve("lake"));
        lakeArgs = List.of("--set", "fs.uri=file:///", "--set", "storage.root=" + work.resolve("lake"),
            "--set", "metastore.uris=" + HMS.uri());
    }

    static String json(String id, String customer, String amount, String time) {
        return "{\"event_id\":\"" + id + "\",\"customer_id\":\"" + customer + "\",\"amount\":\"" + amount
            + "\",\"currency\":\"EUR\",\"event_time\":\"" + time + "\",\"channel\":\"WEB\",\"status\":\"APPROVED\"}\n";
    }

    static int ingest(Path folder, String time) {
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(lakeArgs);
        args.addAll(List.of("--from", folder.toString(), "--ingest-time", time));
        return CommandRunner.run(new BatchCli(), args.toArray(String[]::new));
    }

    static int curate(String dates) {
        List<String> args = new ArrayList<>(List.of("batch", "curate", "--skip-views"));
        args.addAll(lakeArgs);
        args.addAll(List.of("--dates", dates));
        return CommandRunner.run(new BatchCli(), args.toArray(String[]::new));
    }

    static RunManifest lastRun() throws Exception {
        List<RunManifest> runs = new RunStore(fs(), LakePaths.from(config)).list();
        return runs.get(runs.size() - 1);
    }

    @Test
    @Order(1)
    void offsetsMoveRecordsToTheirUtcDateAndACorruptGzipIsQuarantinedWhileTheRunGoesOn() throws Exception {
        Path day1 = Files.createDirectories(work.resolve("in/day1"));
        Files.writeString(day1.resolve("a.jsonl"),
            json("e-1", "C1", "10.00", "2026-11-20T10:00:00Z")
                + json("e-2", "C404", "5.50", "2026-11-21T01:30:00+02:00")    // 2026-11-20T23:30Z: date D
                + json("e-3", "C1", "7.00", "2026-11-20T00:30:00+02:00")      // 2026-11-19T22:30Z: the day before
                + "{\"event_id\":\"e-4\",\"customer_id\":\"C1\"}\n");       // MISSING_FIELD
        byte[] gz = gzip(json("e-5", "C1", "1.00", "2026-11-20T09:00:00Z"));
        Files.write(day1.resolve("broken.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length - 12));
        Files.writeString(day1.resolve("customers.csv"), "op,customer_id,name,email,country,segment,updated_at\n"
            + "U,C1,Ann,ann@example.com,DE,RETAIL,2026-11-01T00:00:00Z\n");
        assertThat(ingest(day1, "2026-11-21T01:00:00Z")).isZero();

        assertThat(curate("2026-11-19,2026-11-20")).isZero();
        RunManifest run = lastRun();
        assertThat(run.balanced()).isTrue();
        assertThat(ids(Tables.CURATED_TRANSACTIONS, D)).containsExactlyInAnyOrder("e-1", "e-2");
        assertThat(ids(Tables.CURATED_TRANSACTIONS, D.minusDays(1))).containsExactly("e-3");
        assertThat(run.accounting().total().unmatchedCustomer()).isEqualTo(1);
        List<String> reasons = errorReasons();
        assertThat(reasons).contains("MISSING_FIELD");
        // Quarantined whole: the records readable before the damage are error rows too, none is curated.
        assertThat(reasons.stream().filter("CORRUPT_FILE"::equals).count()).isGreaterThan(1);
        assertThat(run.accounting().total().errors(io.tributary.core.model.ReasonCode.CORRUPT_FILE))
            .isEqualTo(reasons.stream().filter("CORRUPT_FILE"::equals).count());
    }

    @Test
    @Order(2)
    void anEmptyDatePublishesAnEmptyPartitionAndCountsNothing() throws Exception {
        assertThat(curate("2026-01-01")).isZero();
        RunManifest run = lastRun();
        assertThat(run.accounting().total().read()).isZero();
        assertThat(ids(Tables.CURATED_TRANSACTIONS, LocalDate.parse("2026-01-01"))).isEmpty();
    }

    @Test
    @Order(3)
    void lateRecordsForAPublishedDateArriveWithTheRecomputeAndDuplicatesAcrossDaysAreCountedOnce() throws Exception {
        Path day3 = Files.createDirectories(work.resolve("in/day3"));
        Files.writeString(day3.resolve("late.jsonl"),
            json("e-9", "C1", "3.00", "2026-11-20T12:00:00Z")        // late for D
                + json("e-1", "C1", "10.00", "2026-11-20T10:00:00Z")  // exact re-send of a day-1 record
                + json("e-2", "C404", "9.99", "2026-11-20T23:30:00Z")); // conflicting re-send
        assertThat(ingest(day3, "2026-11-23T01:00:00Z")).isZero();
        assertThat(curate("2026-11-20")).isZero();
        RunManifest run = lastRun();
        assertThat(run.balanced()).isTrue();
        assertThat(ids(Tables.CURATED_TRANSACTIONS, D)).containsExactlyInAnyOrder("e-1", "e-2", "e-9");
        assertThat(run.accounting().total().duplicates()).isEqualTo(2);
        assertThat(errorReasons()).contains("DUPLICATE_CONFLICT");
    }

    @Test
    @Order(4)
    void aFailedRunLeavesEveryPublishedPartitionAsItWas() throws Exception {
        String before;
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            before = catalog.partition(Tables.CURATED_TRANSACTIONS, PartitionValues.of(D)).orElseThrow().location();
        }
        // Damage a staged file of date D: the dedup job cannot read it and fails.
        RemoteIterator<LocatedFileStatus> staged = fs().listFiles(
            new org.apache.hadoop.fs.Path(LakePaths.from(config).stagedValid(D).toString()), false);
        org.apache.hadoop.fs.Path victim = staged.next().getPath();
        Files.write(Path.of(victim.toUri()), "not a sequence file".getBytes(StandardCharsets.UTF_8));

        assertThat(curate("2026-11-20")).isEqualTo(1);
        assertThat(lastRun().status()).isEqualTo(RunManifest.Status.FAILED);
        // nor did it leave a run folder in any table (error partitions included); only its manifest in _runs
        String failedRun = lastRun().runId();
        Path lakeRoot = work.resolve("lake");
        try (java.util.stream.Stream<Path> lake = Files.walk(lakeRoot)) {
            assertThat(lake.filter(Files::isDirectory).filter(p -> !lakeRoot.relativize(p).startsWith("_runs"))
                .map(p -> p.getFileName().toString())).doesNotContain(failedRun);
        }
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            assertThat(catalog.partition(Tables.CURATED_TRANSACTIONS, PartitionValues.of(D)).orElseThrow().location())
                .isEqualTo(before);
        }
        assertThat(ids(Tables.CURATED_TRANSACTIONS, D)).containsExactlyInAnyOrder("e-1", "e-2", "e-9");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static FileSystem fs() throws Exception {
        return FileSystem.getLocal(HadoopSettings.from(config));
    }

    private static List<String> ids(TableSpec spec, LocalDate date) throws Exception {
        return new PublishedRows(config).partition(spec, PartitionValues.of(date)).stream()
            .map(r -> String.valueOf(r.get("event_id"))).toList();
    }

    private static List<String> errorReasons() throws Exception {
        List<String> reasons = new ArrayList<>();
        new PublishedRows(config).all(Tables.ERRORS_TRANSACTIONS).values()
            .forEach(rows -> rows.forEach(r -> reasons.add(String.valueOf(r.get("reason_code")))));
        return reasons;
    }
}
