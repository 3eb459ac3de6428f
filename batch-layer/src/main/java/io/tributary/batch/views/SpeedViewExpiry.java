package io.tributary.batch.views;

import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.SpeedViewLayout;
import io.tributary.core.view.ViewColumns;
import io.tributary.core.view.ViewRowKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a publish, deletes what the speed layer keeps for buckets the published generation now answers: hour rows of
 * {@code speed_view} before {@code Wb}, and the meta table's hourly late counters ({@code speed:late:<hour>}) before
 * {@code Wb} — but only where nothing is pending by the serving layer's rule (see {@link CoveredSpeedRows}), so a
 * bucket with late events the batch has not absorbed yet keeps its counts and stays unreconciled.
 *
 * <p>Nothing is lost: the speed layer keeps each bucket's running totals in its own state and writes the absolute
 * value again on the bucket's next event. Each delete removes the cells it read, by their timestamps (a column's
 * versions up to the one read): the speed layer's timestamps grow with every change, so a newer value written while
 * this runs survives. Running it again deletes nothing.
 *
 * <p>The speed view's keys start with the customer, so its rows before {@code Wb} are found by one full scan (the
 * table's TTL bounds it); the late counters are one scan that stops at {@code Wb}'s hour.
 */
public final class SpeedViewExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(SpeedViewExpiry.class);
    /** Speed rows looked up in the generation per multi-get (and so held in memory at once, about). */
    static final int CHUNK = 1000;

    private final Connection hbase;
    private final String namespace;

    /**
     * What a run deleted and kept.
     *
     * @param generation       the published generation it compared against (0: none published)
     * @param batchWatermark   its {@code Wb}; null when none is published
     * @param speedRowsDeleted speed-view hour rows deleted
     * @param speedRowsKept    speed-view rows before {@code Wb} kept because their day still has pending late events
     * @param pendingBuckets   of those, the hour rows whose own pending count is positive
     * @param lateRowsDeleted  hourly late-counter rows deleted
     * @param lateRowsKept     hourly late-counter rows before {@code Wb} kept (an hour with a kept speed row)
     */
    public record Outcome(long generation, Instant batchWatermark, long speedRowsDeleted, long speedRowsKept,
                         long pendingBuckets, long lateRowsDeleted, long lateRowsKept) {
        public static final Outcome NOTHING = new Outcome(0, null, 0, 0, 0, 0, 0);

        public String describe() {
            return "deleted " + speedRowsDeleted + " speed-view rows and " + lateRowsDeleted
                + " late-counter rows before Wb " + batchWatermark + " (generation " + generation + "); kept "
                + speedRowsKept + " speed-view rows (" + pendingBuckets + " buckets with pending late events) and "
                + lateRowsKept + " late-counter rows";
        }
    }

    public SpeedViewExpiry(Connection hbase, String namespace) {
        this.hbase = hbase;
        this.namespace = namespace;
    }

    /** Expires against the published generation {@code published} (whose table must exist). */
    public Outcome expire(BatchPointer published) throws IOException {
        Instant wb = published.batchWatermark();
        TableName speed = TableName.valueOf(namespace, SpeedViewLayout.TABLE);
        TableName meta = TableName.valueOf(namespace, "meta");
        TableName generation = TableName.valueOf(namespace, published.tableName());
        Counter c = new Counter();
        Set<String> keptHours = new HashSet<>();
        try (Admin admin = hbase.getAdmin()) {
            if (!admin.tableExists(generation)) {
                throw new IOException("the published generation's table " + generation + " does not exist");
            }
            if (admin.tableExists(speed)) {
                expireSpeedRows(speed, generation, wb, c, keptHours);
            }
            if (admin.tableExists(meta) && admin.getDescriptor(meta).hasColumnFamily(SpeedViewLayout.META_FAMILY)) {
                expireLateCounters(meta, wb, c, keptHours);
            }
        }
        Outcome r = new Outcome(published.generation(), wb, c.speedDeleted, c.speedKept, c.pending, c.lateDeleted,
            c.lateKept);
        LOG.info("speed-view expiry: {}", r.describe());
        return r;
    }

    private static final class Counter {
        long speedDeleted;
        long speedKept;
        long pending;
        long lateDeleted;
        long lateKept;
    }

    /** A scanned speed row: its parts, and its cells' qualifiers and timestamps (for the delete). */
    private record Scanned(byte[] key, CoveredSpeedRows.Row row, List<Cell> cells) {
    }

    private void expireSpeedRows(TableName speed, TableName generation, Instant wb, Counter c, Set<String> keptHours)
        throws IOException {
        Scan scan = new Scan().addFamily(SpeedViewLayout.FAMILY).setCaching(CHUNK);
        try (Table speedTable = hbase.getTable(speed); Table batch = hbase.getTable(generation);
             ResultScanner rows = speedTable.getScanner(scan); BufferedMutator deletes = hbase.getBufferedMutator(speed)) {
            List<Scanned> chunk = new ArrayList<>();
            String customer = null;
            for (Result r : rows) {
                SpeedViewLayout.Row key;
                try {
                    key = SpeedViewLayout.parse(new String(r.getRow(), StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    LOG.warn("speed-view expiry: skipping a row whose key is not a speed-view key: {}", e.getMessage());
                    continue;
                }
                if (!key.hourStart().isBefore(wb)) {
                    continue; // answered from the speed view: never touched
                }
                // a customer's rows are contiguous: cut chunks between customers, so a day's rows share one chunk
                if (chunk.size() >= CHUNK && !key.customerId().equals(customer)) {
                    decide(chunk, batch, deletes, c, keptHours);
                    chunk.clear();
                }
                customer = key.customerId();
                long seen = longOf(r.getValue(SpeedViewLayout.FAMILY, SpeedViewLayout.SEEN));
                chunk.add(new Scanned(r.getRow(), new CoveredSpeedRows.Row(key.customerId(), key.hourStart(),
                    key.currency(), seen, 0), List.of(r.rawCells())));
            }
            decide(chunk, batch, deletes, c, keptHours);
            deletes.flush();
        }
    }

    /** Looks the chunk's hours up in the generation, then deletes the rows that can change no answer. */
    private static void decide(List<Scanned> chunk, Table batch, BufferedMutator deletes, Counter c,
                               Set<String> keptHours) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        List<Get> gets = new ArrayList<>(chunk.size());
        for (Scanned s : chunk) {
            gets.add(new Get(new ViewRowKey(s.row().customerId(), TimeBucket.hourOf(s.row().hourStart()),
                s.row().currency()).bytes()).addColumn(ViewColumns.FAMILY, ViewColumns.MEASURES));
        }
        Result[] found = batch.get(gets);
        List<CoveredSpeedRows.Row> rows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            byte[] cell = found[i].getValue(ViewColumns.FAMILY, ViewColumns.MEASURES);
            long kafka = cell == null ? 0 : ViewColumns.decode(cell).kafkaCount();
            CoveredSpeedRows.Row r = chunk.get(i).row();
            rows.add(new CoveredSpeedRows.Row(r.customerId(), r.hourStart(), r.currency(), r.seen(), kafka));
        }
        List<Boolean> deletable = CoveredSpeedRows.deletable(rows);
        for (int i = 0; i < chunk.size(); i++) {
            if (deletable.get(i)) {
                deletes.mutate(deleteOfCells(chunk.get(i).key(), chunk.get(i).cells()));
                c.speedDeleted++;
            } else {
                c.speedKept++;
                keptHours.add(SpeedViewLayout.hourText(rows.get(i).hourStart()));
                if (rows.get(i).pending() > 0) {
                    c.pending++;
                }
            }
        }
    }

    /** Late counters of hours before {@code Wb}, except hours that keep a speed row. */
    private void expireLateCounters(TableName meta, Instant wb, Counter c, Set<String> keptHours) throws IOException {
        String prefix = SpeedViewLayout.LATE_ROW_PREFIX;
        Scan scan = new Scan().withStartRow(bytes(prefix)).withStopRow(bytes(prefix + SpeedViewLayout.hourText(wb)))
            .addFamily(SpeedViewLayout.META_FAMILY);
        try (Table t = hbase.getTable(meta); ResultScanner rows = t.getScanner(scan);
             BufferedMutator deletes = hbase.getBufferedMutator(meta)) {
            for (Result r : rows) {
                String hour = new String(r.getRow(), StandardCharsets.UTF_8).substring(prefix.length());
                if (keptHours.contains(hour)) {
                    c.lateKept++;
                } else {
                    deletes.mutate(deleteOfCells(r.getRow(), List.of(r.rawCells())));
                    c.lateDeleted++;
                }
            }
            deletes.flush();
        }
    }

    /**
     * Deletes exactly the versions read: each column up to the timestamp of the cell read. A newer value the speed
     * layer writes meanwhile has a greater timestamp and survives.
     */
    private static Delete deleteOfCells(byte[] row, List<Cell> cells) {
        Delete d = new Delete(row);
        for (Cell cell : cells) {
            d.addColumns(CellUtil.cloneFamily(cell), CellUtil.cloneQualifier(cell), cell.getTimestamp());
        }
        return d;
    }

    private static long longOf(byte[] v) {
        return v == null ? 0 : ByteBuffer.wrap(v).getLong();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
