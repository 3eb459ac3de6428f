package io.tributary.batch.views;

import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;

/**
 * The pointer row in {@code tributary:meta}: read it, and move it with one put; and the pending row
 * {@code batch:pending} beside it, which names a generation that is built and bulk-loaded but not yet published
 * (same cells as the pointer). Readers only ever read the pointer. The meta table's speed-layer rows (watermark and
 * counters) are never touched here.
 */
final class ViewPointerStore {
    /** The row of the built, not yet published generation: same family and cells as the pointer row. */
    static final byte[] PENDING_ROW = org.apache.hadoop.hbase.util.Bytes.toBytes("batch:pending");

    private final Connection hbase;
    private final TableName meta;

    ViewPointerStore(Connection hbase, TableName meta) {
        this.hbase = hbase;
        this.meta = meta;
    }

    /** Creates the namespace and the meta table's pointer family when they are missing. */
    void ensure() throws IOException {
        try (Admin admin = hbase.getAdmin()) {
            String ns = meta.getNamespaceAsString();
            if (java.util.Arrays.stream(admin.listNamespaces()).noneMatch(ns::equals)) {
                admin.createNamespace(org.apache.hadoop.hbase.NamespaceDescriptor.create(ns).build());
            }
            if (!admin.tableExists(meta)) {
                admin.createTable(TableDescriptorBuilder.newBuilder(meta)
                    .setColumnFamily(ColumnFamilyDescriptorBuilder.of(BatchPointer.FAMILY)).build());
            } else if (!admin.getDescriptor(meta).hasColumnFamily(BatchPointer.FAMILY)) {
                admin.addColumnFamily(meta, ColumnFamilyDescriptorBuilder.of(BatchPointer.FAMILY));
            }
        }
    }

    /** The published pointer: generation and {@code Wb} readers use. */
    Optional<BatchPointer> read() throws IOException {
        return read(BatchPointer.ROW);
    }

    /** The generation built and bulk-loaded but not yet published, if any. */
    Optional<BatchPointer> readPending() throws IOException {
        return read(PENDING_ROW);
    }

    private Optional<BatchPointer> read(byte[] row) throws IOException {
        try (Table t = hbase.getTable(meta)) {
            Result r = t.get(new Get(row).addFamily(BatchPointer.FAMILY));
            Map<String, byte[]> cells = new LinkedHashMap<>();
            if (!r.isEmpty()) {
                for (Cell c : r.rawCells()) {
                    cells.put(new String(CellUtil.cloneQualifier(c), StandardCharsets.UTF_8), CellUtil.cloneValue(c));
                }
            }
            return Optional.ofNullable(BatchPointer.fromCells(cells));
        }
    }

    /** One put of every cell of the row: HBase applies it atomically, readers see the old or the new pointer. */
    void write(BatchPointer pointer) throws IOException {
        put(BatchPointer.ROW, pointer);
    }

    /** Records a built generation as pending; the published pointer is not touched. */
    void writePending(BatchPointer pending) throws IOException {
        // a put over the whole row (every build writes the same qualifiers); no delete first: a delete marker masks
        // puts of the same millisecond, even later ones
        put(PENDING_ROW, pending);
    }

    /** Deletes the pending record; a build is always many milliseconds away, so no later put is masked. */
    void clearPending() throws IOException {
        try (Table t = hbase.getTable(meta)) {
            t.delete(new Delete(PENDING_ROW).addFamily(BatchPointer.FAMILY));
        }
    }

    private void put(byte[] row, BatchPointer pointer) throws IOException {
        Put put = new Put(row);
        pointer.cells().forEach((q, v) -> put.addColumn(BatchPointer.FAMILY, q, v));
        try (Table t = hbase.getTable(meta)) {
            t.put(put);
        }
    }
}
