package io.tributary.speed.hbase;

import io.tributary.core.view.SpeedViewLayout;
import io.tributary.speed.topology.BucketCounts;
import io.tributary.speed.topology.BucketKey;
import io.tributary.speed.topology.SpeedUpdate;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * Turns a speed update into the HBase put that stores it. Row key and cell timestamp are functions of the update
 * alone, so writing the same update again, or an older one after a newer one, changes nothing that a reader sees:
 * a replay overwrites, it never adds.
 */
final class UpdatePuts {
    private UpdatePuts() {
    }

    static Put view(SpeedUpdate.View v) {
        BucketCounts c = v.counts();
        long ts = v.version();
        Put put = new Put(v.bucket().rowKey(), ts);
        SpeedViewLayout.cells(c.seen(), c.late(), c.measures())
            .forEach((q, value) -> put.addColumn(SpeedTables.VIEW_FAMILY, q, ts, value));
        return put;
    }

    static Put watermark(SpeedUpdate.Watermark w) {
        return new Put(SpeedTables.WATERMARK_ROW).addColumn(SpeedTables.META_FAMILY,
            SpeedTables.partitionColumn(w.partition()), w.version(), Bytes.toBytes(w.watermarkMillis()));
    }

    static Put lateHour(SpeedUpdate.LateHour l) {
        byte[] row = Bytes.toBytes(SpeedTables.LATE_ROW_PREFIX
            + BucketKey.hourText(java.time.Instant.ofEpochMilli(l.hourStartMillis())));
        return new Put(row).addColumn(SpeedTables.META_FAMILY, SpeedTables.partitionColumn(l.partition()),
            l.version(), Bytes.toBytes(l.count()));
    }

    static Put rejected(SpeedUpdate.Rejected r) {
        byte[] row = Bytes.toBytes(SpeedTables.REJECTED_ROW_PREFIX + r.reason().name());
        return new Put(row).addColumn(SpeedTables.META_FAMILY, SpeedTables.partitionColumn(r.partition()),
            r.version(), Bytes.toBytes(r.count()));
    }

    static Put of(SpeedUpdate u) {
        if (u instanceof SpeedUpdate.View v) {
            return view(v);
        }
        if (u instanceof SpeedUpdate.Watermark w) {
            return watermark(w);
        }
        if (u instanceof SpeedUpdate.Rejected r) {
            return rejected(r);
        }
        return lateHour((SpeedUpdate.LateHour) u);
    }
}
