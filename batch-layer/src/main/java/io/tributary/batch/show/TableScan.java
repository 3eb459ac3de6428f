package io.tributary.batch.show;

import io.tributary.batch.table.Column;
import io.tributary.batch.table.OrcRows;
import io.tributary.batch.table.PublishedPartition;
import io.tributary.batch.table.TableSpec;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rows of a table's partitions in order (partitions by value, files by name), each row as the
 * values of {@link TableSpec#allColumns()}: stored columns matched by name in each file (a column a file
 * lacks is NULL), then the partition values.
 */
final class TableScan {
    private static final Logger LOG = LoggerFactory.getLogger(TableScan.class);

    /** Receives rows; returns false to stop the scan. */
    interface RowSink {
        boolean accept(List<Object> row) throws IOException;
    }

    private final Configuration conf;
    private final TableSpec spec;

    TableScan(Configuration conf, TableSpec spec) {
        this.conf = conf;
        this.spec = spec;
    }

    /** Scans the partitions; returns false when the sink stopped it before the end. */
    boolean scan(List<PublishedPartition> partitions, RowSink sink) throws IOException {
        for (PublishedPartition partition : partitions) {
            List<Object> partitionValues = partitionValues(partition);
            for (Path file : dataFiles(new Path(partition.location()))) {
                if (!scanFile(file, partitionValues, sink)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean scanFile(Path file, List<Object> partitionValues, RowSink sink) throws IOException {
        List<Column> columns = spec.columns();
        try (OrcRows rows = OrcRows.open(conf, file)) {
            while (rows.hasNext()) {
                Map<String, Object> stored = rows.next();
                List<Object> row = new ArrayList<>(columns.size() + partitionValues.size());
                for (Column c : columns) {
                    row.add(stored.get(c.name()));
                }
                row.addAll(partitionValues);
                if (!sink.accept(row)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Object> partitionValues(PublishedPartition partition) {
        List<Column> keys = spec.partitionColumns();
        List<Object> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String v = partition.values().get(i);
            values.add(v != null && keys.get(i).hiveType().equals("date") ? LocalDate.parse(v) : v);
        }
        return values;
    }

    /** The data files of a folder: visible files (not _SUCCESS, .crc, ...), by name. */
    private List<Path> dataFiles(Path folder) throws IOException {
        FileSystem fs = folder.getFileSystem(conf);
        FileStatus[] listing;
        try {
            listing = fs.listStatus(folder);
        } catch (FileNotFoundException e) {
            LOG.warn("Partition folder {} does not exist; skipped", folder);
            return List.of();
        }
        return Arrays.stream(listing)
            .filter(FileStatus::isFile)
            .map(FileStatus::getPath)
            .filter(p -> !p.getName().startsWith("_") && !p.getName().startsWith("."))
            .sorted(Comparator.comparing(Path::getName))
            .toList();
    }
}
