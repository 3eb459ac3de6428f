package io.tributary.serving.it;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.CustomerColumns;
import io.tributary.core.view.SpeedViewLayout;
import io.tributary.core.view.ViewColumns;
import io.tributary.core.view.ViewRowKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;

/**
 * Writes the views of {@link TestEvents} in the layout core declares (the batch and speed writers have their own
 * tests against the same declarations): batch generations, the pointer row, speed rows and the speed watermark.
 */
final class ViewWriter {
    private final Connection hbase;

    ViewWriter(Connection hbase) throws IOException {
        this.hbase = hbase;
        try (Admin admin = hbase.getAdmin()) {
            create(admin, "meta", BatchPointer.FAMILY, SpeedViewLayout.META_FAMILY);
            create(admin, SpeedViewLayout.TABLE, SpeedViewLayout.FAMILY);
            create(admin, CustomerColumns.TABLE, CustomerColumns.FAMILY);
        }
    }

    /** Speed rows for every Kafka event (seen), measures for the windowed ones; Ws. */
    void speed(List<TestEvents.Event> events, Instant ws) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, SpendMeasures> measures = new HashMap<>();
        for (TestEvents.Event e : events) {
            if (!e.kafka()) {
                continue;
            }
            String key = new String(SpeedViewLayout.rowKey(e.txn().customerId(), TimeBucket.hourOf(e.txn().eventTime()).start(),
                e.txn().currency()), StandardCharsets.ISO_8859_1);
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            if (e.speedLate()) {
                c[1]++;
            } else {
                e.addTo(measures.computeIfAbsent(key, k -> new SpendMeasures()));
            }
        }
        List<Put> puts = new ArrayList<>();
        counts.forEach((key, c) -> {
            SpendMeasures m = measures.getOrDefault(key, new SpendMeasures());
            Put put = new Put(key.getBytes(StandardCharsets.ISO_8859_1));
            SpeedViewLayout.cells(c[0], c[1], m).forEach((q, v) -> put.addColumn(SpeedViewLayout.FAMILY, q, v));
            puts.add(put);
        });
        try (Table t = table(SpeedViewLayout.TABLE)) {
            t.put(puts);
        }
        try (Table t = table("meta")) {
            t.put(new Put(SpeedViewLayout.WATERMARK_ROW)
                .addColumn(SpeedViewLayout.META_FAMILY, "p0".getBytes(StandardCharsets.UTF_8), longBytes(ws.toEpochMilli()))
                .addColumn(SpeedViewLayout.META_FAMILY, "p1".getBytes(StandardCharsets.UTF_8),
                    longBytes(ws.plusSeconds(300).toEpochMilli())));
        }
    }

    /** Generation {@code g} covers the event dates up to {@code lastDate}; then the pointer moves to it. */
    void publish(long g, LocalDate lastDate, List<TestEvents.Event> events) throws IOException {
        TableName name = TableName.valueOf("tributary", BatchPointer.tableName(g));
        try (Admin admin = hbase.getAdmin()) {
            create(admin, name.getQualifierAsString(), ViewColumns.FAMILY);
        }
        Instant wb = LatenessContract.batchWatermark(lastDate);
        Map<ViewRowKey, SpendMeasures> rows = new HashMap<>();
        for (TestEvents.Event e : events) {
            if (e.missedByBatch() || !e.txn().eventTime().isBefore(wb)) {
                continue;
            }
            for (Granularity gr : Granularity.values()) {
                e.addTo(rows.computeIfAbsent(new ViewRowKey(e.txn().customerId(), gr.bucketOf(e.txn().eventTime()),
                    e.txn().currency()), k -> new SpendMeasures()));
            }
        }
        List<Put> puts = new ArrayList<>();
        rows.forEach((k, m) -> puts.add(new Put(k.bytes()).addColumn(ViewColumns.FAMILY, ViewColumns.MEASURES,
            ViewColumns.encode(m))));
        try (Table t = hbase.getTable(name)) {
            t.put(puts);
        }
        BatchPointer p = new BatchPointer(g, wb, Instant.now(), "run-" + g, Map.of("read", 1L));
        Put pointer = new Put(BatchPointer.ROW);
        p.cells().forEach((q, v) -> pointer.addColumn(BatchPointer.FAMILY, q, v));
        try (Table t = table("meta")) {
            t.put(pointer);
        }
    }

    void customer(String id, String segment) throws IOException {
        try (Table t = table(CustomerColumns.TABLE)) {
            t.put(new Put(id.getBytes(StandardCharsets.UTF_8))
                .addColumn(CustomerColumns.FAMILY, CustomerColumns.NAME, "Name of " .concat(id).getBytes(StandardCharsets.UTF_8))
                .addColumn(CustomerColumns.FAMILY, CustomerColumns.SEGMENT, segment.getBytes(StandardCharsets.UTF_8))
                .addColumn(CustomerColumns.FAMILY, CustomerColumns.UPDATED_AT,
                    "2026-11-01T00:00:00Z".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Table table(String name) throws IOException {
        return hbase.getTable(TableName.valueOf("tributary", name));
    }

    private static void create(Admin admin, String name, byte[]... families) throws IOException {
        TableDescriptorBuilder b = TableDescriptorBuilder.newBuilder(TableName.valueOf("tributary", name));
        for (byte[] f : families) {
            b.setColumnFamily(ColumnFamilyDescriptorBuilder.of(f));
        }
        admin.createTable(b.build());
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(Long.BYTES).putLong(v).array();
    }
}
