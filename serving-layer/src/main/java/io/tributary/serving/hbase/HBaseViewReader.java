package io.tributary.serving.hbase;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.CustomerColumns;
import io.tributary.core.view.SpeedViewLayout;
import io.tributary.serving.view.BackendUnavailableException;
import io.tributary.serving.view.CurrencyBucket;
import io.tributary.serving.view.CustomerProfile;
import io.tributary.serving.view.LastBatchRun;
import io.tributary.serving.view.SpeedBucket;
import io.tributary.serving.view.SpeedTotals;
import io.tributary.serving.view.SpendRows;
import io.tributary.serving.view.ViewReader;
import io.tributary.serving.view.Watermarks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.hbase.HConstants;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.TableNotFoundException;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;

/**
 * The views in HBase, read with the shaded client: the pointer row and the speed watermark from {@code meta}, the
 * generation table the pointer names, the speed view, and the customers copy. Every read is a single get or one
 * bounded scan of one customer's contiguous rows. Any HBase failure becomes a {@link BackendUnavailableException}
 * (503), so the API never hangs on, or leaks, a store error.
 */
public final class HBaseViewReader implements ViewReader, AutoCloseable {
    private final Connection hbase;
    /** For the two scans of a spend answer; null: they go through {@link #hbase}, one after the other. */
    private final AsyncConnection async;
    /** The longest wait for an asynchronous scan: the client's operation timeout, {@code serving.backend.timeout}. */
    private final long asyncTimeoutMs;
    private final String namespace;
    private final WatermarkCache watermarks;

    public HBaseViewReader(Connection hbase, String namespace) {
        this(hbase, null, namespace, java.time.Duration.ZERO);
    }

    /**
     * @param watermarkCache how long a read of the pointer row and {@code Ws} is reused: the pointer names a whole
     *                       generation, which stays readable for the grace period after it is replaced, so an answer
     *                       from a cached pointer is as consistent as a fresh one, only up to this much older
     */
    public HBaseViewReader(Connection hbase, String namespace, java.time.Duration watermarkCache) {
        this(hbase, null, namespace, watermarkCache);
    }

    /**
     * @param async the same cluster's asynchronous connection, for the scans of {@link #spendRows} (see there); the
     *              caller owns and closes both connections
     */
    public HBaseViewReader(Connection hbase, AsyncConnection async, String namespace, java.time.Duration watermarkCache) {
        this.hbase = hbase;
        this.async = async;
        this.asyncTimeoutMs = async == null ? 0
            : async.getConfiguration().getLong(HConstants.HBASE_CLIENT_OPERATION_TIMEOUT, 2000);
        this.namespace = namespace;
        this.watermarks = new WatermarkCache(this::readWatermarks, watermarkCache);
    }

    /**
     * Keeps the cached watermarks young from a background thread, so no request waits for the meta reads (a
     * long-running service calls this; one-off readers need not). Stopped by {@link #close}.
     */
    public HBaseViewReader refreshWatermarksAhead() {
        watermarks.refreshAhead();
        return this;
    }

    @Override
    public Watermarks watermarks() {
        return watermarks.get();
    }

    /** Stops the background reads; the connections belong to the caller. */
    @Override
    public void close() {
        watermarks.close();
    }

    private Watermarks readWatermarks() {
        Optional<BatchPointer> p = pointer();
        Instant ws = speedWatermark();
        return p.map(b -> new Watermarks(b.batchWatermark(), b.generation(), b.publishedAt(), ws))
            .orElse(new Watermarks(null, 0, null, ws));
    }

    @Override
    public Map<CurrencyBucket, SpendMeasures> batchBuckets(long generation, String customerId, Granularity g,
                                                           Instant from, Instant to) {
        try (Table t = hbase.getTable(table(BatchPointer.tableName(generation)));
             ResultScanner rows = t.getScanner(ViewScans.batchScan(customerId, g, from, to))) {
            return ViewScans.batchRows(rows);
        } catch (IOException e) {
            throw unavailable("batch view generation " + generation, e);
        }
    }

    @Override
    public Map<CurrencyBucket, SpeedBucket> speedHours(String customerId, Instant from, Instant to) {
        try (Table t = hbase.getTable(table(SpeedViewLayout.TABLE));
             ResultScanner rows = t.getScanner(ViewScans.speedScan(customerId, from, to))) {
            return ViewScans.speedRows(rows);
        } catch (TableNotFoundException e) {
            return new TreeMap<>(); // the speed layer has not run yet
        } catch (IOException e) {
            throw unavailable("speed view", e);
        }
    }

    /**
     * With the asynchronous connection, both scans are sent at once and the request thread waits once for both: the
     * answer takes the longer of the two reads instead of their sum, and no thread of the blocking client's pool
     * sits between the request and each RPC (that pool hands every scan RPC to one of its threads and back).
     */
    @Override
    public SpendRows spendRows(long generation, String customerId, Granularity g, Instant from, Instant batchTo,
                               Instant to) {
        if (async == null) {
            return ViewReader.super.spendRows(generation, customerId, g, from, batchTo, to);
        }
        CompletableFuture<List<Result>> speed = async.getTable(table(SpeedViewLayout.TABLE))
            .scanAll(ViewScans.speedScan(customerId, from, to));
        CompletableFuture<List<Result>> batch = batchTo.isAfter(from)
            ? async.getTable(table(BatchPointer.tableName(generation)))
                .scanAll(ViewScans.batchScan(customerId, g, from, batchTo))
            : CompletableFuture.completedFuture(List.of());
        Map<CurrencyBucket, SpeedBucket> speedRows = ViewScans.speedRows(await(speed, "speed view", true, asyncTimeoutMs));
        Map<CurrencyBucket, SpendMeasures> batchRows =
            ViewScans.batchRows(await(batch, "batch view generation " + generation, false, asyncTimeoutMs));
        return new SpendRows(batchRows, speedRows);
    }

    /** The results of one asynchronous scan; a missing table is no rows when {@code missingIsEmpty}. */
    private static List<Result> await(CompletableFuture<List<Result>> scan, String what, boolean missingIsEmpty,
                                      long timeoutMs) {
        try {
            return scan.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof TableNotFoundException && missingIsEmpty) {
                    return List.of(); // the speed layer has not run yet
                }
            }
            throw new BackendUnavailableException("HBase did not answer for " + what + ": " + e.getCause().getMessage(),
                e.getCause());
        } catch (TimeoutException | CancellationException e) {
            scan.cancel(true);
            throw new BackendUnavailableException("HBase did not answer for " + what + " within " + timeoutMs + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("interrupted while reading " + what, e);
        }
    }

    @Override
    public Optional<CustomerProfile> customer(String customerId) {
        try (Table t = hbase.getTable(table(CustomerColumns.TABLE))) {
            Result r = t.get(new Get(customerId.getBytes(StandardCharsets.UTF_8)).addFamily(CustomerColumns.FAMILY));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            String updated = text(r, CustomerColumns.FAMILY, CustomerColumns.UPDATED_AT);
            return Optional.of(new CustomerProfile(customerId, text(r, CustomerColumns.FAMILY, CustomerColumns.NAME),
                text(r, CustomerColumns.FAMILY, CustomerColumns.EMAIL),
                text(r, CustomerColumns.FAMILY, CustomerColumns.COUNTRY),
                text(r, CustomerColumns.FAMILY, CustomerColumns.SEGMENT),
                updated == null ? null : Instant.parse(updated)));
        } catch (TableNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable("customers", e);
        }
    }

    @Override
    public Optional<LastBatchRun> lastBatchRun() {
        return pointer().map(p -> new LastBatchRun(p.runId(), count(p, "read"), count(p, "curated"),
            count(p, "rejected"), count(p, "duplicates"), count(p, "filtered")));
    }

    /** The speed layer's late, dead-letter and lag totals from its meta rows ({@link SpeedTotalsReader}). */
    @Override
    public Optional<SpeedTotals> speedTotals() {
        return new SpeedTotalsReader(hbase, table("meta")).read();
    }

    @Override
    public void ping() {
        meta(BatchPointer.ROW, BatchPointer.FAMILY);
    }

    private Optional<BatchPointer> pointer() {
        Result r = meta(BatchPointer.ROW, BatchPointer.FAMILY);
        Map<String, byte[]> cells = new LinkedHashMap<>();
        NavigableMap<byte[], byte[]> family = r.getFamilyMap(BatchPointer.FAMILY);
        if (family != null) {
            family.forEach((q, v) -> cells.put(new String(q, StandardCharsets.UTF_8), v));
        }
        return Optional.ofNullable(BatchPointer.fromCells(cells));
    }

    /** The layer's {@code Ws}: the minimum over the input partitions' watermarks, null before any. */
    private Instant speedWatermark() {
        NavigableMap<byte[], byte[]> cols = meta(SpeedViewLayout.WATERMARK_ROW, SpeedViewLayout.META_FAMILY)
            .getFamilyMap(SpeedViewLayout.META_FAMILY);
        if (cols == null || cols.isEmpty()) {
            return null;
        }
        return Instant.ofEpochMilli(cols.values().stream().mapToLong(v -> ByteBuffer.wrap(v).getLong()).min().orElseThrow());
    }

    private Result meta(byte[] row, byte[] family) {
        try (Table t = hbase.getTable(table("meta"))) {
            return t.get(new Get(row).addFamily(family));
        } catch (TableNotFoundException e) {
            return Result.EMPTY_RESULT;
        } catch (org.apache.hadoop.hbase.regionserver.NoSuchColumnFamilyException e) {
            return Result.EMPTY_RESULT; // the layer that owns the family has not written yet
        } catch (IOException e) {
            throw unavailable("meta", e);
        }
    }

    private static long count(BatchPointer p, String name) {
        return p.counts().getOrDefault(name, 0L);
    }

    private static String text(Result r, byte[] family, byte[] qualifier) {
        byte[] v = r.getValue(family, qualifier);
        return v == null ? null : new String(v, StandardCharsets.UTF_8);
    }

    private TableName table(String name) {
        return TableName.valueOf(namespace, name);
    }

    private static BackendUnavailableException unavailable(String what, IOException e) {
        return new BackendUnavailableException("HBase did not answer for " + what + ": " + e.getMessage(), e);
    }
}
