package io.tributary.speed.hbase;

import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the published batch watermark Wb at hand for the stream threads: refreshed from {@code <ns>:meta} in the
 * background, read per event from memory. Wb is the batch generation pointer's {@code b:wb} cell of row
 * {@code batch:pointer} (8-byte epoch millis), written in the same atomic put that publishes a generation.
 * Until a batch generation is published the row is absent and Wb is null: no event is late for that reason.
 */
public final class BatchWatermarkReader implements Supplier<Instant>, Runnable {
    public static final byte[] POINTER_ROW = BatchPointer.ROW;
    public static final byte[] POINTER_FAMILY = BatchPointer.FAMILY;
    public static final byte[] WB = BatchPointer.WATERMARK;
    private static final Logger LOG = LoggerFactory.getLogger(BatchWatermarkReader.class);

    private final Connection hbase;
    private final SpeedTables tables;
    private volatile Instant wb;

    public BatchWatermarkReader(Connection hbase, SpeedTables tables) {
        this.hbase = hbase;
        this.tables = tables;
    }

    @Override
    public Instant get() {
        return wb;
    }

    /** One refresh; a failed read keeps the last known value (Wb only moves forward). */
    @Override
    public void run() {
        try (Table meta = hbase.getTable(tables.meta())) {
            Result r = meta.get(new Get(POINTER_ROW));
            byte[] v = r.isEmpty() ? null : r.getValue(POINTER_FAMILY, WB);
            if (v != null && v.length == Bytes.SIZEOF_LONG) {
                Instant read = Instant.ofEpochMilli(Bytes.toLong(v));
                if (wb == null || read.isAfter(wb)) {
                    LOG.info("batch watermark Wb = {}", read);
                    wb = read;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the batch watermark (keeping {}): {}", wb, e.toString());
        }
    }
}
