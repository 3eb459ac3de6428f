package io.tributary.customers.serving;

import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.SnapshotReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Feeds the latest snapshot of the customer table to a {@link CurrentDimensionSink}. */
public final class CurrentDimension {
    private CurrentDimension() {
    }

    /** Copies the current customers of the latest commit; returns the commit copied, empty for a table without one. */
    public static Optional<String> copyTo(CustomerTable table, CurrentDimensionSink sink) throws IOException {
        Optional<String> commit = table.latestCommit();
        if (commit.isEmpty()) {
            return commit;
        }
        SnapshotReader reader = new SnapshotReader(table);
        // The base files are fixed first, so a commit that completes meanwhile cannot mix into this copy.
        var files = reader.latestBaseFiles();
        sink.begin(commit.get());
        try {
            reader.read(files, (StoredCustomer row) -> {
                var customer = row.toCustomer();
                if (customer != null) {
                    try {
                        sink.put(customer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.commit();
        return commit;
    }
}
