package io.tributary.batch.curate;

import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.OrcRows;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.TableSpec;
import io.tributary.batch.table.Tables;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The last step of a run: move the job's files into run-specific partition folders, then re-point
 * the partitions in the metastore, one batch call per table. Every partition of the recomputed
 * dates is published, an empty one too, so a date whose rows all went away reads as empty.
 */
final class PartitionPublisher {
    private final FileSystem fs;
    private final Configuration conf;
    private final LakePaths lake;
    private final String runId;
    private final MetastoreCatalog catalog;

    PartitionPublisher(FileSystem fs, Configuration conf, LakePaths lake, String runId, MetastoreCatalog catalog) {
        this.fs = fs;
        this.conf = conf;
        this.lake = lake;
        this.runId = runId;
        this.catalog = catalog;
    }

    /** Publishes {@code jobOutput/event_date=D/*} as partition D of {@code spec}, for every date. */
    List<RunManifest.Output> publishDates(TableSpec spec, Path jobOutput, Set<LocalDate> dates) throws IOException {
        Map<PartitionValues, Path> locations = new LinkedHashMap<>();
        List<RunManifest.Output> outputs = new ArrayList<>();
        for (LocalDate d : dates) {
            PartitionValues values = PartitionValues.of(d);
            Path target = spec.runFolder(lake, values, runId);
            fs.mkdirs(target);
            long rows = 0;
            Path source = new Path(jobOutput, "event_date=" + d);
            if (fs.exists(source)) {
                for (FileStatus file : fs.listStatus(source)) {
                    Path moved = new Path(target, file.getPath().getName());
                    if (!fs.rename(file.getPath(), moved)) {
                        throw new IOException("cannot move " + file.getPath() + " to " + moved);
                    }
                    try (OrcRows orc = OrcRows.open(conf, moved)) {
                        rows += orc.rowCount();
                    }
                }
            }
            locations.put(values, target);
            outputs.add(new RunManifest.Output(spec.qualifiedName(), "event_date=" + d, target.toString(), rows));
        }
        if (!locations.isEmpty()) {
            catalog.publishPartitions(spec, locations);
        }
        return outputs;
    }

    /**
     * Publishes the error partitions the run wrote, and drops the conflict partitions of its event
     * dates that it no longer produces (their conflicts are gone, e.g. after a survivor changed).
     */
    List<RunManifest.Output> publishErrors(Map<PartitionValues, ErrorPartitions.Written> written, Set<LocalDate> dates) {
        Map<PartitionValues, Path> locations = new LinkedHashMap<>();
        List<RunManifest.Output> outputs = new ArrayList<>();
        written.forEach((values, w) -> {
            locations.put(values, w.folder());
            outputs.add(new RunManifest.Output(Tables.ERRORS_TRANSACTIONS.qualifiedName(), describe(values),
                w.folder().toString(), w.rows()));
        });
        if (!locations.isEmpty()) {
            catalog.publishPartitions(Tables.ERRORS_TRANSACTIONS, locations);
        }
        catalog.dropPartitions(Tables.ERRORS_TRANSACTIONS,
            v -> v.date(1) != null && dates.contains(v.date(1)) && !written.containsKey(v));
        return outputs;
    }

    private static String describe(PartitionValues v) {
        return "ingest_date=" + v.get(0) + "/event_date=" + (v.date(1) == null ? PartitionValues.HIVE_DEFAULT_PARTITION : v.get(1));
    }
}
