package io.tributary.batch.curate;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a curation run gets its customers: the seam between curation and the customer dimension.
 *
 * <p>The dimension is a Hudi table written by the customer job (module batch-customers, its own JVM and
 * classpath: Hudi carries unshaded HBase and Hive 2.3, which must stay off this classpath). After each commit that
 * job reads the table's latest snapshot through hudi-hadoop-mr's path filter and exports it as a compact side file,
 * {@code <root>/curated/_customers_snapshot/<commit>.tsv}, in {@link CustomerSnapshot}'s format. This class picks, in
 * order: the file named by {@code batch.customers.snapshot} (a backfill enriching as of a past commit); the newest
 * export; or, when no Hudi dimension exists yet, a snapshot folded from the landed raw change files.
 */
public final class CustomerDimension {
    private static final Pattern EXPORT = Pattern.compile("\\d{14,}\\.tsv");

    private CustomerDimension() {
    }

    /** The snapshot and a line saying where it came from. */
    public record Loaded(CustomerSnapshot snapshot, String origin) {
    }

    public static Loaded load(FileSystem fs, LakePaths lake, TributaryConfig config, ValidationRules rules)
        throws IOException {
        String configured = config.get(ConfigKeys.BATCH_CUSTOMERS_SNAPSHOT);
        if (!configured.isBlank()) {
            Path file = new Path(configured);
            return new Loaded(read(file.getFileSystem(fs.getConf()), file), "export " + file + " (batch.customers.snapshot)");
        }
        Optional<Path> newest = newestExport(fs, lake);
        if (newest.isPresent()) {
            return new Loaded(read(fs, newest.get()), "Hudi commit " + newest.get().getName().replace(".tsv", "")
                + " (" + newest.get() + ")");
        }
        RawCustomerChanges.Loaded raw = RawCustomerChanges.load(fs, lake, rules);
        return new Loaded(raw.snapshot(), "no Hudi customer dimension yet: folded " + raw.files()
            + " landed change files (" + raw.rejected() + " broken rows left out)");
    }

    static Optional<Path> newestExport(FileSystem fs, LakePaths lake) throws IOException {
        Path folder = new Path(lake.root(), "curated/_customers_snapshot");
        if (!fs.exists(folder)) {
            return Optional.empty();
        }
        Path newest = null;
        for (FileStatus st : fs.listStatus(folder)) {
            String name = st.getPath().getName();
            if (st.isFile() && EXPORT.matcher(name).matches() && (newest == null || name.compareTo(newest.getName()) > 0)) {
                newest = st.getPath();
            }
        }
        return Optional.ofNullable(newest);
    }

    private static CustomerSnapshot read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return CustomerSnapshot.readFrom(in);
        }
    }
}
