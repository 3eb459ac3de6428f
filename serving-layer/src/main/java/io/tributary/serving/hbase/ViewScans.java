package io.tributary.serving.hbase;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.SpeedViewLayout;
import io.tributary.core.view.ViewColumns;
import io.tributary.core.view.ViewRowKey;
import io.tributary.serving.view.CurrencyBucket;
import io.tributary.serving.view.SeenCounts;
import io.tributary.serving.view.SpeedBucket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Scan;

/**
 * The two scans of a spend answer, one customer's contiguous rows in each view table, and how their results become
 * the serving layer's buckets; the same for the blocking and the asynchronous client.
 */
final class ViewScans {
    private ViewScans() {
    }

    static Scan batchScan(String customerId, Granularity g, Instant from, Instant to) {
        return shortScan(new Scan().withStartRow(ViewRowKey.scanStart(customerId, g, from))
            .withStopRow(ViewRowKey.scanStop(customerId, g, to)).addFamily(ViewColumns.FAMILY));
    }

    static Scan speedScan(String customerId, Instant from, Instant to) {
        return shortScan(new Scan().withStartRow(SpeedViewLayout.rowKey(customerId, from, ""))
            .withStopRow(SpeedViewLayout.rowKey(customerId, to, "")).addFamily(SpeedViewLayout.FAMILY));
    }

    static Map<CurrencyBucket, SpendMeasures> batchRows(Iterable<Result> rows) {
        Map<CurrencyBucket, SpendMeasures> out = new TreeMap<>();
        for (Result r : rows) {
            ViewRowKey k = ViewRowKey.parse(r.getRow());
            out.put(new CurrencyBucket(k.bucket(), k.currency()),
                ViewColumns.decode(r.getValue(ViewColumns.FAMILY, ViewColumns.MEASURES)));
        }
        return out;
    }

    static Map<CurrencyBucket, SpeedBucket> speedRows(Iterable<Result> rows) {
        Map<CurrencyBucket, SpeedBucket> out = new TreeMap<>();
        for (Result r : rows) {
            SpeedViewLayout.Row key = SpeedViewLayout.parse(new String(r.getRow(), StandardCharsets.UTF_8));
            out.put(new CurrencyBucket(TimeBucket.hourOf(key.hourStart()), key.currency()), speedBucket(r));
        }
        return out;
    }

    /**
     * One customer's rows of a bounded range: a few hundred at most. Positional reads and one batch of results
     * let the region server answer in a single round trip instead of opening a scanner and streaming: it sends the
     * whole range in its first response and closes the scanner itself, so a scan is one RPC (no next, no close;
     * measured, see docs/BENCHMARKS.md).
     */
    private static Scan shortScan(Scan scan) {
        return scan.setReadType(Scan.ReadType.PREAD).setCaching(1000).setMaxResultSize(4L << 20);
    }

    private static SpeedBucket speedBucket(Result r) {
        byte[] f = SpeedViewLayout.FAMILY;
        long seen = longOf(r, f, SpeedViewLayout.SEEN);
        long late = longOf(r, f, SpeedViewLayout.LATE);
        SpendMeasures m = SpendMeasures.of(longOf(r, f, SpeedViewLayout.TXN_COUNT),
            longOf(r, f, SpeedViewLayout.APPROVED_COUNT), longOf(r, f, SpeedViewLayout.APPROVED_CENTS),
            longOf(r, f, SpeedViewLayout.DECLINED_COUNT), longOf(r, f, SpeedViewLayout.REVERSED_CENTS),
            longOf(r, f, SpeedViewLayout.KAFKA_COUNT));
        return new SpeedBucket(m, new SeenCounts(seen, Math.max(0, seen - late)));
    }

    private static long longOf(Result r, byte[] family, byte[] qualifier) {
        byte[] v = r.getValue(family, qualifier);
        return v == null ? 0 : ByteBuffer.wrap(v).getLong();
    }
}
