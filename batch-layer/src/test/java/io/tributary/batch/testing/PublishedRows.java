package io.tributary.batch.testing;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.OrcRows;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.PublishedPartition;
import io.tributary.batch.table.TableSpec;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a reader of the published tables sees, for the checks of integration tests: partitions found
 * through the metastore, their files read with the ORC reader, independently of the jobs that wrote them.
 */
public final class PublishedRows {
    private final TributaryConfig config;
    private final Configuration conf;

    public PublishedRows(TributaryConfig config) {
        this.config = config;
        this.conf = HadoopSettings.from(config);
    }

    /** Every published partition of the table with its rows, in partition order. */
    public Map<PublishedPartition, List<Map<String, Object>>> all(TableSpec spec) throws IOException {
        Map<PublishedPartition, List<Map<String, Object>>> out = new LinkedHashMap<>();
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            for (PublishedPartition p : catalog.partitions(spec)) {
                out.put(p, rows(p));
            }
        }
        return out;
    }

    /** The rows of one published partition; fails when it is not published. */
    public List<Map<String, Object>> partition(TableSpec spec, PartitionValues values) throws IOException {
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            return rows(catalog.partition(spec, values)
                .orElseThrow(() -> new AssertionError(spec.qualifiedName() + " has no partition " + values)));
        }
    }

    /** The partition's rows, its files read in name order (the order a partition's files are sorted in). */
    private List<Map<String, Object>> rows(PublishedPartition p) throws IOException {
        Path folder = new Path(p.location());
        FileSystem fs = folder.getFileSystem(conf);
        List<Map<String, Object>> rows = new ArrayList<>();
        FileStatus[] files = fs.listStatus(folder, f -> !f.getName().startsWith(".") && !f.getName().startsWith("_"));
        Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
        for (FileStatus f : files) {
            rows.addAll(OrcRows.readAll(conf, f.getPath()));
        }
        return rows;
    }
}
