package io.tributary.customers.hudi;

import io.tributary.customers.hudi.io.SchemaIdentityIOFactory;
import io.tributary.customers.hudi.write.ParallelMergeWriteClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hudi.client.HoodieJavaWriteClient;
import org.apache.hudi.client.WriteStatus;
import org.apache.hudi.client.common.HoodieJavaEngineContext;
import org.apache.hudi.common.config.HoodieMetadataConfig;
import org.apache.hudi.common.config.HoodieStorageConfig;
import org.apache.hudi.common.model.DefaultHoodieRecordPayload;
import org.apache.hudi.common.model.HoodieAvroRecord;
import org.apache.hudi.common.model.HoodieCommitMetadata;
import org.apache.hudi.common.model.HoodieKey;
import org.apache.hudi.common.model.HoodieRecord;
import org.apache.hudi.common.model.HoodieRecordLocation;
import org.apache.hudi.common.model.HoodieTableType;
import org.apache.hudi.common.model.HoodieWriteStat;
import org.apache.hudi.common.table.HoodieTableMetaClient;
import org.apache.hudi.common.table.timeline.HoodieInstant;
import org.apache.hudi.common.table.timeline.HoodieTimeline;
import org.apache.hudi.common.util.Option;
import org.apache.hudi.config.HoodieArchivalConfig;
import org.apache.hudi.config.HoodieCleanConfig;
import org.apache.hudi.config.HoodieIndexConfig;
import org.apache.hudi.config.HoodiePayloadConfig;
import org.apache.hudi.config.HoodieWriteConfig;
import org.apache.hudi.hadoop.fs.HadoopFSUtils;
import org.apache.hudi.index.HoodieIndex;
import org.apache.hudi.keygen.NonpartitionedAvroKeyGenerator;
import org.apache.hudi.storage.StorageConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer dimension as a Hudi COPY_ON_WRITE table: non-partitioned, record key {@code customer_id},
 * ordering field {@code updated_at} with {@link DefaultHoodieRecordPayload}, so an incoming row replaces the stored
 * one only when its {@code updated_at} is not older. Written with Hudi's Java client on any Hadoop file system.
 */
public final class CustomerTable {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerTable.class);
    public static final String TABLE_NAME = "customers";
    /** Commit metadata key that names the Tributary run which made the commit. */
    public static final String RUN_ID_METADATA = "tributary.run_id";

    private final Configuration hadoop;
    private final Path basePath;
    private final HudiTableSettings settings;

    public CustomerTable(Configuration hadoop, Path basePath, HudiTableSettings settings) {
        this.hadoop = hadoop;
        this.basePath = basePath;
        this.settings = settings;
    }

    public Path basePath() {
        return basePath;
    }

    public Configuration hadoop() {
        return hadoop;
    }

    private StorageConfiguration<Configuration> storageConf() {
        StorageConfiguration<Configuration> conf = HadoopFSUtils.getStorageConfWithCopy(hadoop);
        // Hudi picks its file readers from the Hadoop configuration: ours hand stored rows back with the write
        // schema's own instance, so a merge does not compare two equal schemas for every row it copies.
        conf.set(HoodieStorageConfig.HOODIE_IO_FACTORY_CLASS.key(), SchemaIdentityIOFactory.class.getName());
        return conf;
    }

    /** True when the table has been created (its {@code .hoodie} folder exists). */
    public boolean exists() throws IOException {
        FileSystem fs = basePath.getFileSystem(hadoop);
        return fs.exists(new Path(basePath, HoodieTableMetaClient.METAFOLDER_NAME + "/hoodie.properties"));
    }

    /** Creates the table's {@code .hoodie} folder and properties when missing. */
    public void ensureCreated() throws IOException {
        if (exists()) {
            return;
        }
        HoodieTableMetaClient.withPropertyBuilder()
            .setTableType(HoodieTableType.COPY_ON_WRITE)
            .setTableName(TABLE_NAME)
            .setRecordKeyFields(CustomerSchema.RECORD_KEY)
            .setPreCombineField(CustomerSchema.ORDERING_FIELD)
            .setPayloadClassName(DefaultHoodieRecordPayload.class.getName())
            .setKeyGeneratorClassProp(NonpartitionedAvroKeyGenerator.class.getName())
            .setPartitionFields("")
            // No _hoodie_* meta columns in the files ("virtual keys"): the record key is customer_id itself, the
            // commit of a row is its run_id's, and its file is known from the file name. Copying a stored row then
            // writes its 8 columns instead of 13 (a third less Parquet encoding per upsert), and readers decode less.
            .setPopulateMetaFields(false)
            .setTableCreateSchema(CustomerSchema.SCHEMA.toString())
            .initTable(storageConf(), basePath.toString());
        LOG.info("Created Hudi table {} at {}", TABLE_NAME, basePath);
    }

    public HoodieTableMetaClient metaClient() {
        return HoodieTableMetaClient.builder().setConf(storageConf()).setBasePath(basePath.toString()).build();
    }

    /** Completed commits, oldest first (the active timeline; archived ones are not listed). */
    public List<String> completedCommits() {
        List<String> out = new ArrayList<>();
        completedTimeline().getInstants().forEach(i -> out.add(i.getTimestamp()));
        return out;
    }

    public HoodieTimeline completedTimeline() {
        return metaClient().getActiveTimeline().getCommitsTimeline().filterCompletedInstants();
    }

    /** The newest completed commit, if any. */
    public Optional<String> latestCommit() {
        Option<HoodieInstant> last = completedTimeline().lastInstant();
        return last.isPresent() ? Optional.of(last.get().getTimestamp()) : Optional.empty();
    }

    /** The extra metadata of a completed commit (the run id among it). */
    public Map<String, String> commitMetadata(String instant) throws IOException {
        HoodieTimeline timeline = completedTimeline();
        HoodieInstant found = timeline.getInstantsAsStream().filter(i -> i.getTimestamp().equals(instant)).findFirst()
            .orElseThrow(() -> new IOException("no completed commit " + instant + " in " + basePath));
        HoodieCommitMetadata meta = HoodieCommitMetadata.fromBytes(timeline.getInstantDetails(found).get(),
            HoodieCommitMetadata.class);
        return meta.getExtraMetadata();
    }

    /** What one commit wrote. */
    public record CommitResult(String instant, long recordsWritten, long filesWritten, long bytesWritten,
                               long updates, long inserts) {
    }

    /**
     * Upserts rows in one Hudi commit with {@code extraMetadata} in the commit file. A commit that a killed writer
     * left inflight is rolled back first (Hudi's eager rollback of failed writes, done when the commit starts).
     *
     * @param beforeCommit called with the instant after the data files are written and before the commit is
     *                     completed (tests kill a writer there)
     */
    public CommitResult upsert(List<GenericRecord> rows, Map<String, String> extraMetadata, Consumer<String> beforeCommit)
        throws IOException {
        return write(rows, null, extraMetadata, beforeCommit);
    }

    /**
     * Upserts rows whose file groups the caller already knows, in one Hudi commit, without Hudi's index lookup:
     * a row whose key is in {@code locations} is handed to Hudi tagged with that location (an update of that file
     * group, merged with the stored row by the ordering field as any upsert), every other row untagged (an insert).
     * Because Hudi neither looks keys up nor combines duplicates for such records, {@code locations} must name the
     * file group of every stored key among {@code rows} (as read from the latest snapshot, e.g. by
     * {@link SnapshotReader#readLatestLocated}) and {@code rows} must hold each key once.
     *
     * @throws IllegalArgumentException when a key occurs twice among {@code rows}
     */
    public CommitResult upsertLocated(List<GenericRecord> rows, Map<String, HoodieRecordLocation> locations,
                                      Map<String, String> extraMetadata, Consumer<String> beforeCommit) throws IOException {
        return write(rows, locations, extraMetadata, beforeCommit);
    }

    private CommitResult write(List<GenericRecord> rows, Map<String, HoodieRecordLocation> locations,
                               Map<String, String> extraMetadata, Consumer<String> beforeCommit) throws IOException {
        ensureCreated();
        List<HoodieRecord<DefaultHoodieRecordPayload>> records = new ArrayList<>(rows.size());
        Set<String> keys = locations == null ? null : new HashSet<>(rows.size() * 2);
        for (GenericRecord r : rows) {
            String id = r.get(CustomerSchema.RECORD_KEY).toString();
            HoodieAvroRecord<DefaultHoodieRecordPayload> record = new HoodieAvroRecord<>(new HoodieKey(id, ""),
                new DefaultHoodieRecordPayload(r, (Comparable<?>) r.get(CustomerSchema.ORDERING_FIELD)));
            if (keys != null) {
                if (!keys.add(id)) {
                    throw new IllegalArgumentException("customer " + id + " occurs twice in one located upsert");
                }
                HoodieRecordLocation at = locations.get(id);
                if (at != null) {
                    record.setCurrentLocation(at);
                }
            }
            records.add(record);
        }
        // Prepped upserts (a run's) merge their file groups side by side; the index path is Hudi's own.
        try (HoodieJavaWriteClient<DefaultHoodieRecordPayload> client = new ParallelMergeWriteClient<>(
                 new HoodieJavaEngineContext(storageConf()), writeConfig(), settings.parallelism())) {
            String instant = client.startCommit();
            List<WriteStatus> statuses = locations == null ? client.upsert(records, instant)
                : client.upsertPreppedRecords(records, instant);
            long errors = statuses.stream().mapToLong(WriteStatus::getTotalErrorRecords).sum();
            if (errors > 0) {
                client.rollback(instant);
                throw new IOException(errors + " rows could not be written to " + basePath + "; commit " + instant
                    + " rolled back");
            }
            beforeCommit.accept(instant);
            if (!client.commit(instant, statuses, Option.of(extraMetadata))) {
                throw new IOException("Hudi refused to complete commit " + instant + " of " + basePath);
            }
            return result(instant, statuses);
        }
    }

    private static CommitResult result(String instant, List<WriteStatus> statuses) {
        long records = 0;
        long files = 0;
        long bytes = 0;
        long updates = 0;
        long inserts = 0;
        for (WriteStatus s : statuses) {
            HoodieWriteStat stat = s.getStat();
            records += stat.getNumWrites();
            files++;
            bytes += stat.getTotalWriteBytes();
            updates += stat.getNumUpdateWrites();
            inserts += stat.getNumInserts();
        }
        return new CommitResult(instant, records, files, bytes, updates, inserts);
    }

    /** Whether the table's files carry Hudi's meta columns: false for tables this version creates. */
    boolean populatesMetaFields() {
        try {
            return exists() && metaClient().getTableConfig().populateMetaFields();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table config of " + basePath, e);
        }
    }

    HoodieWriteConfig writeConfig() {
        int p = settings.parallelism();
        return HoodieWriteConfig.newBuilder()
            .withPath(basePath.toString())
            .withSchema(CustomerSchema.SCHEMA.toString())
            .forTable(TABLE_NAME)
            .withParallelism(p, p)
            .withDeleteParallelism(p)
            .withIndexConfig(HoodieIndexConfig.newBuilder().withIndexType(settings.indexType()).build())
            .withPayloadConfig(HoodiePayloadConfig.newBuilder()
                .withPayloadClass(DefaultHoodieRecordPayload.class.getName())
                .withPayloadOrderingField(CustomerSchema.ORDERING_FIELD)
                .build())
            .withStorageConfig(HoodieStorageConfig.newBuilder()
                .parquetMaxFileSize(settings.maxFileBytes())
                .build())
            .withCleanConfig(HoodieCleanConfig.newBuilder().retainCommits(settings.retainedCommits()).build())
            .withArchivalConfig(HoodieArchivalConfig.newBuilder()
                .archiveCommitsWith(settings.archiveMinCommits(), settings.archiveMaxCommits()).build())
            // The metadata table is an HFile-based side table that needs HBase classes; a single-writer dimension
            // of this size does not need its file listings.
            .withMetadataConfig(HoodieMetadataConfig.newBuilder().enable(false).build())
            // No embedded timeline server in a batch process; markers are files next to the data.
            .withEmbeddedTimelineServerEnabled(false)
            .withMarkersType("DIRECT")
            .withAutoCommit(false)
            .withProps(Map.of(
                "hoodie.parquet.small.file.limit", Long.toString(settings.smallFileBytes()),
                // A stored row is ~15 bytes; the default estimate (1 KiB) cuts many small files on the first load.
                "hoodie.copyonwrite.record.size.estimate", "16",
                "hoodie.parquet.compression.codec", "snappy",
                // The key bloom filter in each file footer serves only the BLOOM index.
                "hoodie.parquet.bloom.filter.enabled", Boolean.toString(settings.indexType() != HoodieIndex.IndexType.SIMPLE),
                "hoodie.datasource.write.precombine.field", CustomerSchema.ORDERING_FIELD,
                "hoodie.datasource.write.recordkey.field", CustomerSchema.RECORD_KEY,
                "hoodie.datasource.write.keygenerator.class", NonpartitionedAvroKeyGenerator.class.getName(),
                "hoodie.combine.before.upsert", "true",
                // A table created by an earlier version with meta columns keeps them (Hudi cannot turn them off
                // for an existing table).
                "hoodie.populate.meta.fields", Boolean.toString(populatesMetaFields()),
                // Each merge reads the stored rows and writes the new file version on its own thread (file groups
                // are merged side by side, see ParallelMergeWriteClient). A reading thread beside each merge
                // (BOUNDED_IN_MEMORY) bought no wall time and cost CPU in the hand-over queue and its size sampling.
                "hoodie.write.executor.type", "SIMPLE"))
            .build();
    }
}
