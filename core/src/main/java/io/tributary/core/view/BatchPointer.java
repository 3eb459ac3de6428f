package io.tributary.core.view;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pointer row of {@code tributary:meta} that names the published batch generation. Generation, {@code Wb}, the
 * publish time and the run's counts are cells of one row, written by one put: HBase applies a put to a row
 * atomically, so a reader sees the old pointer or the new one, never a mix.
 *
 * @param generation     the generation number N of table {@code batch_view_g<N>}
 * @param batchWatermark {@code Wb}: the end of the last event date the generation covers
 * @param publishedAt    when it was published
 * @param runId          the batch run it came from
 * @param counts         that run's accounting totals (read, curated, rejected, duplicates, filtered)
 */
public record BatchPointer(long generation, Instant batchWatermark, Instant publishedAt, String runId,
                           Map<String, Long> counts) {
    public static final byte[] ROW = ViewColumns.bytes("batch:pointer");
    /** The batch layer's family of the meta table; the speed layer has its own ({@code s}). */
    public static final byte[] FAMILY = ViewColumns.bytes("b");
    public static final byte[] GENERATION = ViewColumns.bytes("generation");
    public static final byte[] WATERMARK = ViewColumns.bytes("wb");
    public static final byte[] PUBLISHED_AT = ViewColumns.bytes("published_at");
    public static final byte[] RUN_ID = ViewColumns.bytes("run_id");
    /** Prefix of the counts' qualifiers: {@code count.read}, {@code count.curated}, ... */
    public static final String COUNT_PREFIX = "count.";

    public BatchPointer {
        if (generation < 1) {
            throw new IllegalArgumentException("generations start at 1");
        }
        Objects.requireNonNull(batchWatermark, "batchWatermark");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(runId, "runId");
        counts = Map.copyOf(counts);
    }

    /** The table name (without namespace) of this generation. */
    public String tableName() {
        return tableName(generation);
    }

    public static String tableName(long generation) {
        return "batch_view_g" + generation;
    }

    /** Every cell of the row, qualifier to value, for one put. */
    public Map<byte[], byte[]> cells() {
        Map<byte[], byte[]> cells = new LinkedHashMap<>();
        cells.put(GENERATION, longBytes(generation));
        cells.put(WATERMARK, longBytes(batchWatermark.toEpochMilli()));
        cells.put(PUBLISHED_AT, longBytes(publishedAt.toEpochMilli()));
        cells.put(RUN_ID, runId.getBytes(StandardCharsets.UTF_8));
        counts.forEach((k, v) -> cells.put((COUNT_PREFIX + k).getBytes(StandardCharsets.UTF_8), longBytes(v)));
        return cells;
    }

    /** Reads the row back from its cells (qualifier as text to value); null when the row is empty. */
    public static BatchPointer fromCells(Map<String, byte[]> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach((q, v) -> {
            if (q.startsWith(COUNT_PREFIX)) {
                counts.put(q.substring(COUNT_PREFIX.length()), ByteBuffer.wrap(v).getLong());
            }
        });
        return new BatchPointer(longOf(cells, "generation"), Instant.ofEpochMilli(longOf(cells, "wb")),
            Instant.ofEpochMilli(longOf(cells, "published_at")),
            new String(required(cells, "run_id"), StandardCharsets.UTF_8), counts);
    }

    private static long longOf(Map<String, byte[]> cells, String q) {
        return ByteBuffer.wrap(required(cells, q)).getLong();
    }

    private static byte[] required(Map<String, byte[]> cells, String q) {
        byte[] v = cells.get(q);
        if (v == null) {
            throw new IllegalStateException("the batch pointer row lacks " + q);
        }
        return v;
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(Long.BYTES).putLong(v).array();
    }
}
