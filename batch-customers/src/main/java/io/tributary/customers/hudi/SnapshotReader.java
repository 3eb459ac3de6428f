package io.tributary.customers.hudi;

import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hudi.common.fs.FSUtils;
import org.apache.hudi.common.model.HoodieBaseFile;
import org.apache.hudi.common.model.HoodieRecordLocation;
import org.apache.hudi.common.table.HoodieTableMetaClient;
import org.apache.hudi.common.table.timeline.HoodieTimeline;
import org.apache.hudi.common.table.view.HoodieTableFileSystemView;
import org.apache.hudi.hadoop.HoodieROTablePathFilter;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reads the rows of the customer table: the latest snapshot, or the snapshot as of a past commit.
 *
 * <p>The latest snapshot is chosen by hudi-hadoop-mr's {@link HoodieROTablePathFilter}, the same filter Hive's
 * {@code HoodieParquetInputFormat} applies: of each file group only the newest base file of a completed commit
 * passes, so older file versions (kept by the cleaner for time travel) and files of an inflight or failed commit
 * are never read, and every key is read once. A snapshot as of a past commit uses Hudi's file system view over the
 * timeline cut at that commit.
 */
public final class SnapshotReader {
    private final CustomerTable table;

    public SnapshotReader(CustomerTable table) {
        this.table = table;
    }

    /** The base files of the latest snapshot, as the path filter selects them; empty when the table does not exist. */
    public List<Path> latestBaseFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!table.exists()) {
            return files;
        }
        FileSystem fs = table.basePath().getFileSystem(table.hadoop());
        HoodieROTablePathFilter filter = new HoodieROTablePathFilter(table.hadoop());
        for (FileStatus st : fs.listStatus(table.basePath())) {
            Path p = st.getPath();
            if (st.isFile() && p.getName().endsWith(".parquet") && filter.accept(p)) {
                files.add(p);
            }
        }
        files.sort(null);
        return files;
    }

    /** The base files of the snapshot as of {@code instant}: the newest version of each file group up to it. */
    public List<Path> baseFilesAsOf(String instant) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!table.exists()) {
            return files;
        }
        HoodieTableMetaClient meta = table.metaClient();
        HoodieTimeline upTo = meta.getActiveTimeline().getCommitsTimeline().filterCompletedInstants()
            .findInstantsBeforeOrEquals(instant);
        if (upTo.empty()) {
            throw new IOException("no completed commit at or before " + instant + " in the active timeline of "
                + table.basePath() + " (commits: " + table.completedCommits() + ")");
        }
        HoodieTableFileSystemView view = new HoodieTableFileSystemView(meta, upTo);
        try {
            view.getLatestBaseFilesBeforeOrOn("", instant).map(HoodieBaseFile::getPath).map(Path::new).forEach(files::add);
        } finally {
            view.close();
        }
        files.sort(null);
        return files;
    }

    /** Every row (tombstones included) of the latest snapshot. */
    public void readLatest(Consumer<StoredCustomer> sink) throws IOException {
        read(latestBaseFiles(), sink);
    }

    /**
     * Every row (tombstones included) of the latest snapshot with the file group it is stored in: the file id and
     * the commit of the base file read, from its name, which is what Hudi's index would tag the key with.
     */
    public void readLatestLocated(BiConsumer<StoredCustomer, HoodieRecordLocation> sink) throws IOException {
        for (Path file : latestBaseFiles()) {
            String name = file.getName();
            HoodieRecordLocation location = new HoodieRecordLocation(FSUtils.getCommitTime(name), FSUtils.getFileId(name));
            read(List.of(file), row -> sink.accept(row, location));
        }
    }

    /**
     * The rows (tombstones included) of the latest snapshot whose key is among {@code keys}, with the file group
     * each is stored in. (A Parquet record filter on the key saved nothing measurable: parquet-mr assembles every
     * row before the filter drops it.)
     */
    public void readLatestLocated(Set<String> keys, BiConsumer<StoredCustomer, HoodieRecordLocation> sink)
        throws IOException {
        readLatestLocated((row, location) -> {
            if (keys.contains(row.customerId())) {
                sink.accept(row, location);
            }
        });
    }

    /**
     * The stored version of each of {@code keys} that the latest snapshot holds (tombstones included): only the key
     * and {@code updated_at} columns are read, a quarter of the work of reading whole rows.
     */
    public void readLatestVersions(Set<String> keys, BiConsumer<String, StoredVersion> sink) throws IOException {
        Set<Utf8> wanted = new HashSet<>(keys.size() * 2);
        keys.forEach(k -> wanted.add(new Utf8(k)));
        Configuration conf = new Configuration(table.hadoop());
        AvroReadSupport.setRequestedProjection(conf, CustomerSchema.VERSION_PROJECTION);
        // The file groups are read side by side (the common pool: one thread per core), then handed to the sink
        // in file order on the calling thread.
        List<List<Map.Entry<String, StoredVersion>>> found;
        try {
            found = latestBaseFiles().parallelStream().map(file -> versionsIn(file, wanted, conf)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.forEach(rows -> rows.forEach(e -> sink.accept(e.getKey(), e.getValue())));
    }

    private static List<Map.Entry<String, StoredVersion>> versionsIn(Path file, Set<Utf8> wanted, Configuration conf) {
        String name = file.getName();
        HoodieRecordLocation location = new HoodieRecordLocation(FSUtils.getCommitTime(name), FSUtils.getFileId(name));
        List<Map.Entry<String, StoredVersion>> out = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
            HadoopInputFile.fromPath(file, conf)).withConf(conf).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                Object key = r.get(CustomerSchema.RECORD_KEY);
                Utf8 id = key instanceof Utf8 u ? u : new Utf8(key.toString());
                if (wanted.contains(id)) {
                    out.add(Map.entry(id.toString(), new StoredVersion(
                        CustomerSchema.instant((Long) r.get(CustomerSchema.ORDERING_FIELD)), location)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** Every row (tombstones included) as of a past commit. */
    public void readAsOf(String instant, Consumer<StoredCustomer> sink) throws IOException {
        read(baseFilesAsOf(instant), sink);
    }

    /** Rows of the given base files. */
    public void read(List<Path> files, Consumer<StoredCustomer> sink) throws IOException {
        for (Path file : files) {
            try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(file, table.hadoop())).build()) {
                for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                    sink.accept(CustomerSchema.fromRecord(r));
                }
            }
        }
    }
}
