package io.tributary.speed.hbase;

import java.util.Map;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * The meta row {@code speed:lag}: one column {@code p<partition>} per input partition holding its consumer lag in
 * records, all cells of one measurement with its time (epoch millis) as their timestamp. Several instances measure
 * the same group-wide numbers; the newest measurement wins, whichever instance wrote it last.
 */
public final class LagRow {
    private LagRow() {
    }

    public static Put of(Map<Integer, Long> lagByPartition, long measuredAtMillis) {
        Put put = new Put(SpeedTables.LAG_ROW);
        lagByPartition.forEach((partition, lag) -> put.addColumn(SpeedTables.META_FAMILY,
            SpeedTables.partitionColumn(partition), measuredAtMillis, Bytes.toBytes(lag)));
        return put;
    }
}
