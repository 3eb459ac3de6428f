package io.tributary.serving.bench;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.SpeedViewLayout;
import io.tributary.core.view.ViewColumns;
import io.tributary.core.view.ViewRowKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;

/**
 * Synthetic views for the load benchmark, in core's layout: a batch generation with day and hour rows for
 * {@code days} days per customer and currency, speed rows for the day after {@code Wb}, and the pointer row.
 */
final class SyntheticViews {
    static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
    private final Connection hbase;
    private final String namespace;

    SyntheticViews(Connection hbase, String namespace) {
        this.hbase = hbase;
        this.namespace = namespace;
    }

    static String customer(int i) {
        return String.format("B%07d", i);
    }

    /** Writes everything unless the pointer already names generation 1 of this data set. */
    void ensure(int customers, LocalDate firstDay, int days) throws IOException {
        try (Admin admin = hbase.getAdmin()) {
            if (Arrays.stream(admin.listNamespaces()).noneMatch(namespace::equals)) {
                admin.createNamespace(NamespaceDescriptor.create(namespace).build());
            }
            create(admin, "meta", BatchPointer.FAMILY, SpeedViewLayout.META_FAMILY);
            create(admin, SpeedViewLayout.TABLE, SpeedViewLayout.FAMILY);
            create(admin, BatchPointer.tableName(1), ViewColumns.FAMILY);
        }
        // the pointer row is written last: when it is there, a previous run wrote everything
        try (Table meta = hbase.getTable(table("meta"))) {
            if (!meta.get(new org.apache.hadoop.hbase.client.Get(BatchPointer.ROW)).isEmpty()) {
                return;
            }
        }
        Random r = new Random(42);
        LocalDate lastBatchDay = firstDay.plusDays(days - 1);
        try (BufferedMutator batch = hbase.getBufferedMutator(table(BatchPointer.tableName(1)));
             BufferedMutator speed = hbase.getBufferedMutator(table(SpeedViewLayout.TABLE))) {
            for (int c = 0; c < customers; c++) {
                for (String currency : CURRENCIES) {
                    for (int d = 0; d < days; d++) {
                        TimeBucket day = TimeBucket.ofDate(firstDay.plusDays(d));
                        SpendMeasures total = new SpendMeasures();
                        for (int h = 0; h < 24; h += 3) {
                            SpendMeasures m = random(r);
                            total.add(m);
                            TimeBucket hour = Granularity.HOUR.bucketOf(day.start().plusSeconds(3600L * h));
                            batch.mutate(put(new ViewRowKey(customer(c), hour, currency).bytes(), m));
                        }
                        batch.mutate(put(new ViewRowKey(customer(c), day, currency).bytes(), total));
                    }
                    for (int h = 0; h < 24; h += 2) {
                        Instant hour = TimeBucket.ofDate(lastBatchDay.plusDays(1)).start().plusSeconds(3600L * h);
                        SpendMeasures m = random(r);
                        speed.mutate(speedPut(SpeedViewLayout.rowKey(customer(c), hour, currency), m));
                    }
                }
            }
        }
        BatchPointer p = new BatchPointer(1, LatenessContract.batchWatermark(lastBatchDay), Instant.now(), "bench",
            Map.of());
        Put pointer = new Put(BatchPointer.ROW);
        p.cells().forEach((q, v) -> pointer.addColumn(BatchPointer.FAMILY, q, v));
        try (Table meta = hbase.getTable(table("meta"))) {
            meta.put(pointer);
        }
    }

    TableName table(String name) {
        return TableName.valueOf(namespace, name);
    }

    private static SpendMeasures random(Random r) {
        long txn = 1 + r.nextInt(5);
        long approved = r.nextInt((int) txn + 1);
        return SpendMeasures.of(txn, approved, approved * (100 + r.nextInt(10_000)), txn - approved, 0, r.nextInt((int) txn + 1));
    }

    private static Put put(byte[] row, SpendMeasures m) {
        return new Put(row).addColumn(ViewColumns.FAMILY, ViewColumns.MEASURES, ViewColumns.encode(m));
    }

    private static Put speedPut(byte[] row, SpendMeasures m) {
        Put put = new Put(row);
        SpeedViewLayout.cells(m.txnCount(), 0, m).forEach((q, v) -> put.addColumn(SpeedViewLayout.FAMILY, q, v));
        return put;
    }

    private void create(Admin admin, String name, byte[]... families) throws IOException {
        if (admin.tableExists(table(name))) {
            return;
        }
        TableDescriptorBuilder b = TableDescriptorBuilder.newBuilder(table(name));
        for (byte[] f : families) {
            b.setColumnFamily(ColumnFamilyDescriptorBuilder.of(f));
        }
        admin.createTable(b.build());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
