package io.tributary.batch.curate;

import io.tributary.batch.ingest.RawFileName;
import io.tributary.batch.lake.LakePaths;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Folds every landed customer change file into the dimension as of now: the enrichment source only while
 * no Hudi customer dimension has been written yet (see {@link CustomerDimension}).
 * Broken change rows are only counted here; the customer job owns the {@code errors.customers} table.
 */
final class RawCustomerChanges {
    private RawCustomerChanges() {
    }

    record Loaded(CustomerSnapshot snapshot, long files, long rows, long rejected) {
    }

    static Loaded load(FileSystem fs, LakePaths lake, ValidationRules rules) throws IOException {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder();
        RecordFileReader<CustomerChange> reader = RecordFileReader.forCustomerChanges(rules);
        long files = 0;
        long[] counts = new long[2];
        if (fs.exists(lake.rawCustomers())) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(lake.rawCustomers(), true);
            while (it.hasNext()) {
                Path file = it.next().getPath();
                String name = file.getName();
                if (name.startsWith("_") || name.startsWith(".") || !reader.supports(name)) {
                    continue;
                }
                files++;
                try (InputStream in = fs.open(file)) {
                    reader.read(file.toUri().getPath(), in, RawFileName.parse(name).ingestTime(), result -> {
                        counts[0]++;
                        if (result.isValid()) {
                            builder.accept(result.valid());
                        } else {
                            counts[1]++;
                        }
                    });
                }
            }
        }
        return new Loaded(builder.build(), files, counts[0], counts[1]);
    }
}
