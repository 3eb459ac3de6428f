package io.tributary.batch.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.BatchCli;
import io.tributary.batch.table.PublishedPartition;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.batch.testing.PublishedRows;
import io.tributary.cli.CommandRunner;
import io.tributary.cli.generate.DatasetGenerator;
import io.tributary.cli.generate.GeneratorSettings;
import io.tributary.cli.generate.ProgressListener;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.ViewColumns;
import io.tributary.core.view.ViewRowKey;
import io.tributary.batch.quality.GateResult;
import io.tributary.batch.quality.GateRun;
import io.tributary.batch.run.RunManifest;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.view.SpeedViewLayout;
import java.util.Optional;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.HBaseTestingUtility;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curated partitions -> HFiles -> bulk load into a real HBase (mini cluster), then the pointer row. The table's
 * cells are compared with an independent fold of the curated rows read back with the ORC reader, and with the daily
 * spend view; publishing again moves the pointer and, after the grace period, drops old generations. Then the
 * nightly split: a built generation stays pending (readers keep the old pointer) until published, the gate reads
 * both; and the speed rows the published generation covers are expired, except where late events are pending.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchViewPublishIT {
    private static final EmbeddedMetastore HMS = EmbeddedMetastore.shared();
    private static HBaseTestingUtility hbase;

    @TempDir
    static Path work;
    static TributaryConfig config;
    static List<String> args;

    @BeforeAll
    static void curate() throws Exception {
        hbase = new HBaseTestingUtility();
        hbase.startMiniCluster();
        HMS.dropDatabases("curated", "errors", "views");
        Path input = work.resolve("input");
        new DatasetGenerator(new GeneratorSettings(input, 2000, 100, 2, 11, 0.03, 0.04, 0.03, 0.2,
            LocalDate.parse("2026-11-20")), ProgressListener.NONE).run();
        config = HMS.config(work.resolve("lake"));
        String quorum = "127.0.0.1:" + hbase.getZkCluster().getClientPort();
        args = List.of("--set", "fs.uri=file:///", "--set", "storage.root=" + work.resolve("lake"),
            "--set", "metastore.uris=" + HMS.uri(), "--set", "hbase.zookeeper.quorum=" + quorum,
            "--set", "views.generation.grace=0s");
        for (String folder : List.of("transactions", "customers")) {
            try (var days = Files.list(input.resolve(folder))) {
                for (Path d : days.sorted().toList()) {
                    String day = d.getFileName().toString().replace("ingest_date=", "");
                    assertThat(cli("ingest", "--from", d.toString(), "--ingest-time",
                        LocalDate.parse(day).plusDays(1) + "T01:00:00Z")).isZero();
                }
            }
        }
        assertThat(cli("batch", "curate", "--skip-views", "--from", "2026-11-10", "--to", "2026-11-23")).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (hbase != null) {
            hbase.shutdownMiniCluster();
        }
    }

    static int cli(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        return CommandRunner.run(new BatchCli(), all.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void theGenerationHoldsExactlyTheCuratedRowsFoldedByDayAndHour() throws Exception {
        assertThat(cli("batch", "publish-views")).isZero();

        BatchPointer pointer = pointer();
        assertThat(pointer.generation()).isEqualTo(1);
        Map<PublishedPartition, List<Map<String, Object>>> curated = new PublishedRows(config).all(Tables.CURATED_TRANSACTIONS);
        LocalDate last = curated.keySet().stream().map(p -> p.values().date(0)).max(LocalDate::compareTo).orElseThrow();
        assertThat(pointer.batchWatermark()).isEqualTo(LatenessContract.batchWatermark(last));
        assertThat(pointer.counts().get("curated")).isEqualTo(curated.values().stream().mapToLong(List::size).sum());

        Map<String, long[]> expected = fold(curated);
        assertThat(scan(1)).isEqualTo(asText(expected));

        // the day rows also equal the daily spend view the same run published
        Map<String, long[]> daily = new TreeMap<>();
        new PublishedRows(config).all(Tables.CUSTOMER_DAILY_SPEND).forEach((p, rows) -> rows.forEach(r -> {
            ViewRowKey k = new ViewRowKey((String) r.get("customer_id"), TimeBucket.ofDate(p.values().date(0)),
                (String) r.get("currency"));
            daily.put(text(k.bytes()), new long[] {(Long) r.get("txn_count"), (Long) r.get("approved_count"),
                cents(r.get("approved_amount")), (Long) r.get("declined_count"), cents(r.get("reversed_amount")),
                (Long) r.get("kafka_count")});
        }));
        Map<String, String> days = new TreeMap<>(scan(1));
        days.keySet().removeIf(k -> k.contains("\0H"));
        assertThat(days).isEqualTo(asText(daily));

        // the API's profiles: the dimension the run enriched with, one row per current customer
        var dimension = io.tributary.batch.curate.CustomerDimension.load(
            org.apache.hadoop.fs.FileSystem.getLocal(io.tributary.batch.lake.HadoopSettings.from(config)),
            io.tributary.batch.lake.LakePaths.from(config), config,
            new io.tributary.core.parse.ValidationRules(java.time.Duration.ofMinutes(5))).snapshot();
        Map<String, String> segments = new TreeMap<>();
        try (Table t = hbase.getConnection().getTable(TableName.valueOf("tributary", "customers"));
             ResultScanner s = t.getScanner(new Scan())) {
            for (Result r : s) {
                segments.put(text(r.getRow()), text(r.getValue(io.tributary.core.view.CustomerColumns.FAMILY,
                    io.tributary.core.view.CustomerColumns.SEGMENT)));
            }
        }
        Map<String, String> expectedSegments = new TreeMap<>();
        dimension.customers().forEach(c -> expectedSegments.put(c.customerId(), c.segment().name()));
        assertThat(segments).isNotEmpty().isEqualTo(expectedSegments);
    }

    @Test
    @Order(2)
    void publishingAgainMovesThePointerAndDropsReplacedGenerationsAfterTheGrace() throws Exception {
        assertThat(cli("batch", "publish-views")).isZero();
        assertThat(pointer().generation()).isEqualTo(2);
        assertThat(scan(2)).as("same inputs, same cells").isEqualTo(scan(1));
        assertThat(cli("batch", "publish-views")).isZero();
        assertThat(pointer().generation()).isEqualTo(3);
        try (Admin admin = hbase.getConnection().getAdmin()) {
            assertThat(admin.tableExists(TableName.valueOf("tributary", "batch_view_g1"))).as("g1 dropped").isFalse();
            assertThat(admin.tableExists(TableName.valueOf("tributary", "batch_view_g2"))).as("g2 kept").isTrue();
        }
        assertThat(scan(3)).isEqualTo(scan(2));
    }

    @Test
    @Order(3)
    void aBuiltGenerationStaysPendingUntilPublishedAndTheGateReadsBoth() throws Exception {
        TributaryConfig cfg = withHBase();
        BatchPointer before = pointer();
        assertThat(before.generation()).isEqualTo(3);
        RunManifest run = io.tributary.batch.run.RunStore.open(cfg).list().stream()
            .filter(r -> r.kind().equals("curate")).reduce((a, b) -> b).orElseThrow();

        ViewGeneration built = ViewPublishing.build(cfg, run, Optional.empty(), line -> { }).orElseThrow();
        assertThat(built.generation()).isEqualTo(4);
        assertThat(pointer()).as("readers still see generation 3").isEqualTo(before);
        assertThat(scan(4)).isEqualTo(scan(3));
        ViewGenerations generations = ViewPublishing.generations(cfg);
        assertThat(generations.published()).contains(before);
        BatchPointer pending = generations.pending().orElseThrow();
        assertThat(pending.generation()).isEqualTo(4);
        assertThat(pending.batchWatermark()).isEqualTo(before.batchWatermark());
        assertThat(pending.runId()).isEqualTo(run.runId());
        assertThat(pending.counts()).containsEntry(ViewGeneration.CURATED_ROWS, built.curatedRows())
            .containsEntry(ViewGeneration.BUCKET_ROWS, built.bucketRows())
            .containsEntry("curated", run.accounting().total().curated());
        assertThat((long) scan(4).size()).isEqualTo(built.bucketRows());

        // a build that is never published is replaced by the next one: same generation number, pointer untouched
        ViewGeneration rebuilt = ViewPublishing.build(cfg, run, Optional.empty(), line -> { }).orElseThrow();
        assertThat(rebuilt.generation()).isEqualTo(4);
        assertThat(pointer()).isEqualTo(before);
        assertThat(scan(4)).isEqualTo(scan(3));

        // the gate on what is stored: the run's manifest and both generations' counts
        GateResult gate = GateRun.check(cfg);
        assertThat(gate.passed()).as(gate.reason()).isTrue();
        assertThat(gate.numbers()).containsEntry("pending_generation", "4").containsEntry("published_generation", "3")
            .containsEntry("pending_curated_rows", Long.toString(built.curatedRows()))
            .containsEntry("published_curated_rows", Long.toString(built.curatedRows()));

        ViewGeneration published = ViewPublishing.publishPending(cfg, line -> { }).orElseThrow();
        assertThat(published.generation()).isEqualTo(4);
        assertThat(published.dropped()).containsExactly(2L);
        BatchPointer after = pointer();
        assertThat(after.generation()).isEqualTo(4);
        assertThat(after.batchWatermark()).isEqualTo(pending.batchWatermark());
        assertThat(after.runId()).isEqualTo(pending.runId());
        assertThat(after.counts()).isEqualTo(pending.counts());
        assertThat(ViewPublishing.generations(cfg).pending()).isEmpty();

        // nothing pending: a second publish changes nothing, and the gate has nothing to stop
        assertThat(ViewPublishing.publishPending(cfg, line -> { })).isEmpty();
        assertThat(pointer()).isEqualTo(after);
        assertThat(GateRun.check(cfg).passed()).isTrue();
    }

    @Test
    @Order(4)
    void expiryDeletesCoveredReconciledSpeedRowsAndKeepsPendingOnes() throws Exception {
        TributaryConfig cfg = withHBase();
        BatchPointer published = pointer();
        Instant wb = published.batchWatermark();
        var conn = hbase.getConnection();
        TableName speed = TableName.valueOf("tributary", SpeedViewLayout.TABLE);
        TableName meta = TableName.valueOf("tributary", "meta");
        try (Admin admin = conn.getAdmin()) {
            admin.createTable(TableDescriptorBuilder.newBuilder(speed)
                .setColumnFamily(ColumnFamilyDescriptorBuilder.newBuilder(SpeedViewLayout.FAMILY).setMaxVersions(1).build())
                .build());
            admin.addColumnFamily(meta, ColumnFamilyDescriptorBuilder.of(SpeedViewLayout.META_FAMILY));
        }
        // the generated files hold no Kafka events, so the generation gets a few Kafka-counted hour rows of its own,
        // written as the bulk load writes them: customer Y has two hours of one day, customer X one hour
        Instant day = wb.minus(java.time.Duration.ofDays(1));
        ViewRowKey pendingHour = new ViewRowKey("C-exp-Y", TimeBucket.hourOf(day.plusSeconds(10 * 3600)), "EUR");
        ViewRowKey sibling = new ViewRowKey("C-exp-Y", TimeBucket.hourOf(day.plusSeconds(11 * 3600)), "EUR");
        ViewRowKey reconciled = new ViewRowKey("C-exp-X", TimeBucket.hourOf(day.plusSeconds(12 * 3600)), "EUR");
        Map<ViewRowKey, Long> kafka = Map.of(pendingHour, 3L, sibling, 2L, reconciled, 4L);
        try (Table t = conn.getTable(TableName.valueOf("tributary", published.tableName()))) {
            for (var e : kafka.entrySet()) {
                long n = e.getValue();
                t.put(new Put(e.getKey().bytes()).addColumn(ViewColumns.FAMILY, ViewColumns.MEASURES,
                    ViewColumns.encode(SpendMeasures.of(n, n, 100 * n, 0, 0, n))));
            }
        }
        try (Table t = conn.getTable(speed)) {
            speedRow(t, pendingHour.customerId(), pendingHour.bucket().start(), pendingHour.currency(), kafka.get(pendingHour) + 1);
            speedRow(t, sibling.customerId(), sibling.bucket().start(), sibling.currency(), kafka.get(sibling));
            speedRow(t, reconciled.customerId(), reconciled.bucket().start(), reconciled.currency(), kafka.get(reconciled));
            // known only through a late event: no batch row at all
            speedRow(t, "C-late-only", pendingHour.bucket().start(), "EUR", 1);
            // answered by the speed view: at Wb and after
            speedRow(t, reconciled.customerId(), wb, reconciled.currency(), 4);
            speedRow(t, reconciled.customerId(), wb.plusSeconds(3600), reconciled.currency(), 2);
        }
        try (Table t = conn.getTable(meta)) {
            lateRow(t, reconciled.bucket().start(), 2);
            lateRow(t, pendingHour.bucket().start(), 1);
            lateRow(t, wb, 3);
        }

        SpeedViewExpiry.Outcome first = ViewPublishing.expireSpeedView(cfg, line -> { });
        assertThat(first.generation()).isEqualTo(published.generation());
        assertThat(first.speedRowsDeleted()).isEqualTo(1);
        assertThat(first.speedRowsKept()).isEqualTo(3);
        assertThat(first.pendingBuckets()).isEqualTo(2);
        assertThat(first.lateRowsDeleted()).isEqualTo(1);
        assertThat(first.lateRowsKept()).isEqualTo(1);
        assertThat(speedRows()).containsExactlyInAnyOrder(
            speedKey(pendingHour.customerId(), pendingHour.bucket().start(), pendingHour.currency()),
            speedKey(sibling.customerId(), sibling.bucket().start(), sibling.currency()),
            speedKey("C-late-only", pendingHour.bucket().start(), "EUR"),
            speedKey(reconciled.customerId(), wb, reconciled.currency()),
            speedKey(reconciled.customerId(), wb.plusSeconds(3600), reconciled.currency()));
        assertThat(lateRows()).containsExactlyInAnyOrder(
            SpeedViewLayout.LATE_ROW_PREFIX + SpeedViewLayout.hourText(pendingHour.bucket().start()),
            SpeedViewLayout.LATE_ROW_PREFIX + SpeedViewLayout.hourText(wb));
        assertThat(pointer()).as("the batch rows are never touched").isEqualTo(published);

        SpeedViewExpiry.Outcome second = ViewPublishing.expireSpeedView(cfg, line -> { });
        assertThat(second.speedRowsDeleted()).isZero();
        assertThat(second.lateRowsDeleted()).isZero();
        assertThat(second.speedRowsKept()).isEqualTo(3);
        assertThat(speedRows()).hasSize(5);

        // the speed layer's next event for the deleted bucket writes its absolute value again, with a newer
        // timestamp than the one deleted: it shows, and now counts as pending (one more than the batch)
        try (Table t = conn.getTable(speed)) {
            speedRow(t, reconciled.customerId(), reconciled.bucket().start(), reconciled.currency(), kafka.get(reconciled) + 1);
        }
        assertThat(speedRows()).contains(speedKey(reconciled.customerId(), reconciled.bucket().start(), reconciled.currency()));
    }

    private static TributaryConfig withHBase() {
        return config.with(Map.of("hbase.zookeeper.quorum", "127.0.0.1:" + hbase.getZkCluster().getClientPort(),
            "views.generation.grace", "0s"));
    }

    /** Writes a speed row as the speed layer's sink does: cell timestamp = the hour's start + seen. */
    private static void speedRow(Table t, String customer, Instant hour, String currency, long seen) throws IOException {
        long ts = hour.toEpochMilli() + seen;
        Put put = new Put(SpeedViewLayout.rowKey(customer, hour, currency), ts);
        SpeedViewLayout.cells(seen, 0, SpendMeasures.of(seen, seen, 100 * seen, 0, 0, seen))
            .forEach((q, v) -> put.addColumn(SpeedViewLayout.FAMILY, q, ts, v));
        t.put(put);
    }

    private static void lateRow(Table t, Instant hour, long count) throws IOException {
        t.put(new Put((SpeedViewLayout.LATE_ROW_PREFIX + SpeedViewLayout.hourText(hour)).getBytes(StandardCharsets.UTF_8))
            .addColumn(SpeedViewLayout.META_FAMILY, "p0".getBytes(StandardCharsets.UTF_8), count,
                java.nio.ByteBuffer.allocate(8).putLong(count).array()));
    }

    private static String speedKey(String customer, Instant hour, String currency) {
        return SpeedViewLayout.rowText(customer, hour, currency);
    }

    private static List<String> speedRows() throws IOException {
        List<String> out = new ArrayList<>();
        try (Table t = hbase.getConnection().getTable(TableName.valueOf("tributary", SpeedViewLayout.TABLE));
             ResultScanner s = t.getScanner(new Scan())) {
            for (Result r : s) {
                out.add(text(r.getRow()));
            }
        }
        return out;
    }

    private static List<String> lateRows() throws IOException {
        List<String> out = new ArrayList<>();
        try (Table t = hbase.getConnection().getTable(TableName.valueOf("tributary", "meta"));
             ResultScanner s = t.getScanner(new Scan().setStartStopRowForPrefixScan(
                 SpeedViewLayout.LATE_ROW_PREFIX.getBytes(StandardCharsets.UTF_8)))) {
            for (Result r : s) {
                out.add(text(r.getRow()));
            }
        }
        return out;
    }

    private static Map<String, long[]> fold(Map<PublishedPartition, List<Map<String, Object>>> curated) {
        Map<String, long[]> out = new TreeMap<>();
        curated.values().forEach(rows -> rows.forEach(r -> {
            Instant t = (Instant) r.get("event_time");
            for (Granularity g : Granularity.values()) {
                String key = text(new ViewRowKey((String) r.get("customer_id"), g.bucketOf(t), (String) r.get("currency")).bytes());
                long[] m = out.computeIfAbsent(key, k -> new long[6]);
                long c = cents(r.get("amount"));
                m[0]++;
                switch ((String) r.get("status")) {
                    case "APPROVED" -> { m[1]++; m[2] += c; }
                    case "DECLINED" -> m[3]++;
                    default -> m[4] += c;
                }
                if ("kafka".equals(r.get("source"))) {
                    m[5]++;
                }
            }
        }));
        return out;
    }

    private static Map<String, String> asText(Map<String, long[]> m) {
        Map<String, String> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, java.util.Arrays.toString(v)));
        return out;
    }

    private static Map<String, String> scan(long generation) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Table t = hbase.getConnection().getTable(TableName.valueOf("tributary", BatchPointer.tableName(generation)));
             ResultScanner s = t.getScanner(new Scan())) {
            for (Result r : s) {
                var m = ViewColumns.decode(r.getValue(ViewColumns.FAMILY, ViewColumns.MEASURES));
                out.put(text(r.getRow()), java.util.Arrays.toString(new long[] {m.txnCount(), m.approvedCount(),
                    m.approvedCents(), m.declinedCount(), m.reversedCents(), m.kafkaCount()}));
            }
        }
        return out;
    }

    private static BatchPointer pointer() throws IOException {
        try (Table t = hbase.getConnection().getTable(TableName.valueOf("tributary", "meta"))) {
            Result r = t.get(new Get(BatchPointer.ROW));
            Map<String, byte[]> cells = new LinkedHashMap<>();
            for (Cell c : r.rawCells()) {
                cells.put(new String(CellUtil.cloneQualifier(c), StandardCharsets.UTF_8), CellUtil.cloneValue(c));
            }
            return BatchPointer.fromCells(cells);
        }
    }

    private static long cents(Object decimal) {
        return ((BigDecimal) decimal).movePointRight(2).longValueExact();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
