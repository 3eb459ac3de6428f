package io.tributary.serving.hbase;

import io.tributary.core.view.SpeedViewLayout;
import io.tributary.serving.view.BackendUnavailableException;
import io.tributary.serving.view.SpeedTotals;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.TableNotFoundException;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.regionserver.NoSuchColumnFamilyException;

/**
 * The speed layer's totals from its rows of {@code meta} (family {@code s}, rows {@code speed:*}): one scan reads
 * the hourly late counters, the dead-letter counters per reason and the consumer lag, each one column per input
 * partition, and sums them over the partitions. The speed layer owns each partition's columns through the task
 * that processes it, so a sum over columns counts every partition once, however many instances share them.
 */
final class SpeedTotalsReader {
    private static final byte[] LATE = bytes(SpeedViewLayout.LATE_ROW_PREFIX);
    private static final byte[] REJECTED = bytes(SpeedViewLayout.REJECTED_ROW_PREFIX);

    private final Connection hbase;
    private final TableName meta;

    SpeedTotalsReader(Connection hbase, TableName meta) {
        this.hbase = hbase;
        this.meta = meta;
    }

    /** Empty while the speed layer has written nothing (no table, no family, no row). */
    Optional<SpeedTotals> read() {
        Scan scan = new Scan().setStartStopRowForPrefixScan(bytes(SpeedViewLayout.META_ROW_PREFIX))
            .addFamily(SpeedViewLayout.META_FAMILY);
        try (Table t = hbase.getTable(meta); ResultScanner rows = t.getScanner(scan)) {
            return totals(rows);
        } catch (TableNotFoundException | NoSuchColumnFamilyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BackendUnavailableException("HBase did not answer for meta: " + e.getMessage(), e);
        }
    }

    /** The totals of the speed layer's meta rows; rows of other kinds (the watermark) only say that it has written. */
    static Optional<SpeedTotals> totals(Iterable<Result> rows) {
        boolean any = false;
        long late = 0;
        Map<String, Long> rejected = new TreeMap<>();
        Long lag = null;
        long lagAt = Long.MAX_VALUE;
        for (Result r : rows) {
            any = true;
            byte[] row = r.getRow();
            if (startsWith(row, LATE)) {
                late += sum(r);
            } else if (startsWith(row, REJECTED)) {
                rejected.merge(new String(row, REJECTED.length, row.length - REJECTED.length, StandardCharsets.UTF_8),
                    sum(r), Long::sum);
            } else if (Arrays.equals(row, SpeedViewLayout.LAG_ROW)) {
                lag = sum(r);
                for (Cell c : r.rawCells()) {
                    lagAt = Math.min(lagAt, c.getTimestamp());
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        long rejectedTotal = rejected.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new SpeedTotals(late, rejectedTotal, rejected, lag,
            lag == null ? null : Instant.ofEpochMilli(lagAt)));
    }

    /** The sum over a row's partition columns (8-byte longs). */
    private static long sum(Result r) {
        long total = 0;
        for (Cell c : r.rawCells()) {
            total += ByteBuffer.wrap(CellUtil.cloneValue(c)).getLong();
        }
        return total;
    }

    private static boolean startsWith(byte[] row, byte[] prefix) {
        return row.length >= prefix.length && Arrays.equals(row, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
