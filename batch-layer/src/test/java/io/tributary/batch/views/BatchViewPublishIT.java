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
 * spend view; publishing again moves the pointer and, after the grace period, drops old generations.
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
