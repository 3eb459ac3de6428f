package io.tributary.batch.curate;

import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.stage.StagedFiles;
import io.tributary.batch.stage.StagedRejection;
import io.tributary.batch.table.ErrorRow;
import io.tributary.batch.table.OrcTableWriter;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.Tables;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;

/**
 * Builds the error table's partitions of a run. Rows of a partition are sorted by source position, so
 * the same rejections always give the same file. Error volumes are small next to the data, so this
 * runs in the driver, not as a job.
 */
final class ErrorPartitions {
    private final FileSystem fs;
    private final Configuration conf;
    private final LakePaths lake;
    private final String runId;
    private final Map<PartitionValues, List<StagedRejection>> rows = new TreeMap<>();

    ErrorPartitions(FileSystem fs, Configuration conf, LakePaths lake, String runId) {
        this.fs = fs;
        this.conf = conf;
        this.lake = lake;
        this.runId = runId;
    }

    /**
     * Every parse/validation rejection staged for records ingested on that day: partition (day, NULL).
     * A partition is always rebuilt whole, so anything else the run adds to it comes on top of these.
     */
    void addStagedRejects(LocalDate ingestDate) throws IOException {
        PartitionValues partition = PartitionValues.of(ingestDate, null);
        if (rows.containsKey(partition)) {
            return;
        }
        List<StagedRejection> list = new ArrayList<>();
        rows.put(partition, list);
        for (Path file : StagedFiles.committedRejects(fs, lake, ingestDate)) {
            StagedFiles.readRejects(fs, file, list::add);
        }
    }

    /** The dedup job's error output: conflicts keyed by their event date, rule-change rejections by none. */
    void addDedupErrors(Path folder) throws IOException {
        if (!fs.exists(folder)) {
            return;
        }
        for (FileStatus status : fs.listStatus(folder, p -> p.getName().startsWith("part-"))) {
            try (SequenceFile.Reader reader = new SequenceFile.Reader(conf, SequenceFile.Reader.file(status.getPath()))) {
                Text key = new Text();
                BytesWritable value = new BytesWritable();
                while (reader.next(key, value)) {
                    StagedRejection r = StagedRejection.decode(value.getBytes(), 0, value.getLength());
                    if (key.getLength() == 0) {
                        // A record a changed rule now rejects: it joins its ingest day's rejects.
                        addStagedRejects(ErrorRow.ingestDate(r.rejection().position()));
                    }
                    add(r, key.getLength() == 0 ? null : LocalDate.parse(key.toString()));
                }
            }
        }
    }

    private void add(StagedRejection r, LocalDate eventDate) {
        rows.computeIfAbsent(ErrorRow.partition(r.rejection(), eventDate), k -> new ArrayList<>()).add(r);
    }

    /** Writes one ORC file per partition into the run's folder; returns partition -> (folder, rows). */
    Map<PartitionValues, Written> write() throws IOException {
        Map<PartitionValues, Written> out = new TreeMap<>();
        for (Map.Entry<PartitionValues, List<StagedRejection>> e : rows.entrySet()) {
            List<StagedRejection> list = e.getValue();
            list.sort(Comparator.comparing((StagedRejection r) -> r.rejection().position())
                .thenComparing(r -> r.rejection().reason()));
            Path folder = Tables.ERRORS_TRANSACTIONS.runFolder(lake, e.getKey(), runId);
            fs.mkdirs(folder);
            if (!list.isEmpty()) {
                try (OrcTableWriter w = OrcTableWriter.create(conf, Tables.ERRORS_TRANSACTIONS, new Path(folder, "part-00000.orc"))) {
                    for (StagedRejection r : list) {
                        w.append((batch, row) -> ErrorRow.set(batch, row, r.rejection(), r.eventId(), runId));
                    }
                }
            }
            out.put(e.getKey(), new Written(folder, list.size()));
        }
        return out;
    }

    /** Removes folders {@link #write} made for a run that then failed (unpublished: nothing reads them); best effort. */
    void discard(Map<PartitionValues, Written> written) {
        for (Written w : written.values()) {
            try {
                fs.delete(w.folder(), true);
            } catch (IOException e) {
                // left behind unpublished, as a failed run's scratch can be: harmless, and found by its run id
            }
        }
    }

    record Written(Path folder, long rows) {
    }
}
