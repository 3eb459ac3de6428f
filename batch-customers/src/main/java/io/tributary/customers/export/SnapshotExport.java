package io.tributary.customers.export;

import io.tributary.core.model.Customer;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The current customers of one snapshot as the compact side file the curation job reads: one line per customer,
 * sorted by id, {@code customer_id TAB segment TAB country TAB updated_at} (the batch layer's
 * {@code CustomerSnapshot} format). Tombstones are left out. Written under a temporary name and renamed, so the
 * curation job sees a whole file or none.
 */
public final class SnapshotExport {
    private SnapshotExport() {
    }

    /** Collects rows (any order, each key once) and writes the current customers to {@code target}; returns the count. */
    public static long write(FileSystem fs, Path target, Iterable<StoredCustomer> rows) throws IOException {
        Map<String, Customer> current = new TreeMap<>();
        for (StoredCustomer row : rows) {
            Customer c = row.toCustomer();
            if (c != null && current.put(c.customerId(), c) != null) {
                throw new IOException("customer " + c.customerId() + " appears twice in the snapshot");
            }
        }
        fs.mkdirs(target.getParent());
        Path tmp = new Path(target.getParent(), "_" + target.getName() + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (Customer c : current.values()) {
                w.write(c.customerId());
                w.write('\t');
                w.write(c.segment().name());
                w.write('\t');
                w.write(c.country() == null ? "" : c.country());
                w.write('\t');
                w.write(c.updatedAt().toString());
                w.write('\n');
            }
            w.flush();
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
        return current.size();
    }
}
