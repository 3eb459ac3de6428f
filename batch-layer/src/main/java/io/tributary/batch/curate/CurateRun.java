package io.tributary.batch.curate;

import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.lake.Jobs;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.run.AccountingJson;
import io.tributary.batch.run.ComputedDates;
import io.tributary.batch.run.RunId;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.stage.ByteReader;
import io.tributary.batch.stage.FileIndex;
import io.tributary.batch.stage.IndexJob;
import io.tributary.batch.stage.IndexResult;
import io.tributary.batch.stage.StagedFiles;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.Tables;
import io.tributary.cli.JobFailedException;
import io.tributary.core.accounting.Counts;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;

/**
 * One curation run over a set of event dates, end to end: index newly landed files, rebuild the
 * error partitions of their ingest days, fold the customer snapshot, dedup, write, check the
 * accounting identity, and only then publish every partition through the metastore. Anything that
 * fails before the publish step leaves every published partition as it was.
 */
public final class CurateRun {
    private final TributaryConfig config;
    private final Configuration hadoop;
    private final FileSystem fs;
    private final LakePaths lake;
    private final Clock clock;
    private final Consumer<String> progress;

    public CurateRun(TributaryConfig config, Clock clock, Consumer<String> progress) {
        this(config, HadoopSettings.from(config), clock, progress);
    }

    /** With a Hadoop configuration of the caller's (a Tool's, with its -D settings). */
    public CurateRun(TributaryConfig config, Configuration hadoop, Clock clock, Consumer<String> progress) {
        this.config = config;
        this.hadoop = hadoop;
        this.fs = LakeFileSystem.open(config, hadoop);
        this.lake = LakePaths.from(config);
        this.clock = clock;
        this.progress = progress;
    }

    public RunManifest run(SortedSet<LocalDate> dates) throws IOException {
        return run(dates, List.of());
    }

    /**
     * @param indexedBefore files an earlier step of the same workflow indexed (the nightly plan does, to see which
     *                      dates gained data): this run accounts for them and publishes their rejects as if it had
     *                      indexed them itself
     */
    public RunManifest run(SortedSet<LocalDate> dates, List<FileIndex> indexedBefore) throws IOException {
        Instant start = clock.instant();
        String runId = RunId.next("curate", start);
        RunStore runs = new RunStore(fs, lake);
        CurateState state = new CurateState();
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            catalog.ensureTables();
            execute(runId, dates, indexedBefore, catalog, state);
            RunManifest done = manifest(runId, start, dates, state, RunManifest.Status.SUCCEEDED, null);
            runs.write(done);
            return done;
        } catch (IOException | RuntimeException e) {
            runs.write(manifest(runId, start, dates, state, RunManifest.Status.FAILED, String.valueOf(e.getMessage())));
            throw e instanceof JobFailedException j ? j : new JobFailedException(runId + ": " + e.getMessage(), e);
        } finally {
            fs.delete(lake.runScratch(runId), true);
        }
    }

    private void execute(String runId, SortedSet<LocalDate> dates, List<FileIndex> indexedBefore, MetastoreCatalog catalog,
                         CurateState state) throws IOException {
        ValidationRules rules = new ValidationRules(config.get(ConfigKeys.MAX_FUTURE_SKEW));
        Path scratch = lake.runScratch(runId);

        List<FileIndex> all = new ArrayList<>(indexedBefore);
        all.addAll(IndexJob.run(config, hadoop).files());
        IndexResult indexed = new IndexResult(all);
        progress.accept("indexed " + indexed.files().size() + " new raw files: " + indexed.describe());
        for (FileIndex f : indexed.files()) {
            state.indexedFiles.add(f.rawPath());
            state.accounting.source(f.rawPath()).add(new Counts(f.rejected(), 0, f.rejected(), 0, 0, 0, f.rejectedByReason()));
        }

        CustomerDimension.Loaded customers = CustomerDimension.load(fs, lake, config, rules);
        progress.accept("customer dimension: " + customers.snapshot().size() + " customers from " + customers.origin());
        Path snapshot = new Path(scratch, "customers.tsv");
        try (OutputStream out = fs.create(snapshot, true)) {
            customers.snapshot().writeTo(out);
        }

        List<Path> staged = new ArrayList<>();
        Map<LocalDate, SortedSet<String>> stagedHashes = new TreeMap<>();
        for (LocalDate d : dates) {
            List<Path> ofDate = StagedFiles.committedValid(fs, lake, d);
            staged.addAll(ofDate);
            stagedHashes.put(d, new TreeSet<>(ofDate.stream().map(p -> StagedFiles.shaOf(p.getName())).toList()));
        }
        Path dedupOut = new Path(scratch, "dedup");
        Path writeOut = new Path(scratch, "write");
        Job write = null;
        Map<PartitionValues, ErrorPartitions.Written> written = Map.of();
        ErrorPartitions errors = new ErrorPartitions(fs, hadoop, lake, runId);
        try {
            Configuration conf = staged.isEmpty() ? null : dedup(runId, staged, snapshot, scratch, dedupOut, rules, dates, state);
            // The write job only moves survivors: after the dedup job nothing more can go astray, so this is the check.
            checkBalanced(state.accounting.build());
            if (conf != null) {
                write = submitWrite(conf, runId, dedupOut, writeOut, scratch);
            }
            // The error partitions need only the index pass and the dedup job: the driver builds them (one thread)
            // while the write job runs, in folders nothing reads until the publish below.
            for (LocalDate ingestDate : indexed.ingestDates()) {
                errors.addStagedRejects(ingestDate);
            }
            errors.addDedupErrors(new Path(dedupOut, CurateSettings.ERRORS_OUTPUT));
            written = errors.write();
            if (write != null) {
                Jobs.await(write);
            }
        } catch (IOException | RuntimeException e) {
            if (write != null) {
                Jobs.killIfRunning(write);
            }
            errors.discard(written);
            throw e;
        }
        RunAccounting accounting = state.accounting.build();

        PartitionPublisher publisher = new PartitionPublisher(fs, hadoop, lake, runId, catalog);
        state.outputs.addAll(publisher.publishDates(Tables.CURATED_TRANSACTIONS, new Path(writeOut, "curated"), dates));
        state.outputs.addAll(publisher.publishDates(Tables.CUSTOMER_DAILY_SPEND, new Path(writeOut, "views"), dates));
        state.outputs.addAll(publisher.publishErrors(written, dates));

        // what each date was computed from, for the nightly plan's "gained raw data since" (after the publish)
        ComputedDates ledger = new ComputedDates(fs, lake);
        Instant computedAt = clock.instant();
        for (Map.Entry<LocalDate, SortedSet<String>> e : stagedHashes.entrySet()) {
            ledger.write(new ComputedDates.Entry(e.getKey(), runId, computedAt, e.getValue(), customers.origin(),
                accounting.total().unmatchedCustomer()));
        }
    }

    /** Runs the dedup job and adds its counts to the run's; returns the jobs' configuration for the write job. */
    private Configuration dedup(String runId, List<Path> staged, Path snapshot, Path scratch, Path dedupOut,
                                ValidationRules rules, SortedSet<LocalDate> dates, CurateState state) throws IOException {
        Configuration conf = new Configuration(hadoop);
        conf.set(CurateSettings.RUN_ID, runId);
        conf.set(CurateSettings.CUSTOMER_SNAPSHOT, fs.makeQualified(snapshot).toString());
        conf.set(CurateSettings.SOURCE_NAMES, fs.makeQualified(writeSourceNames(staged, scratch)).toString());
        conf.setLong(CurateSettings.MAX_FUTURE_SKEW_MS, rules.maxFutureSkew().toMillis());
        progress.accept("dedup: " + staged.size() + " staged files of " + dates.size() + " event dates");
        long stagedBytes = 0;
        for (Path p : staged) {
            stagedBytes += fs.getFileStatus(p).getLen();
        }
        Jobs.await(CurationJobs.dedup(conf, runId, staged, stagedBytes, dedupOut, config.get(ConfigKeys.BATCH_REDUCERS)));
        readAccounting(dedupOut).bySource().forEach((source, counts) -> state.accounting.source(source).add(counts));
        return conf;
    }

    /** Cuts the write ranges from the dedup job's samples and starts the write job; returns it running. */
    private Job submitWrite(Configuration conf, String runId, Path dedupOut, Path writeOut, Path scratch) throws IOException {
        int reducers = config.get(ConfigKeys.BATCH_REDUCERS);
        WriteRanges ranges = writeRanges(dedupOut, reducers);
        Path rangesFile = new Path(scratch, "write-ranges.bin");
        try (OutputStream out = fs.create(rangesFile, true)) {
            out.write(ranges.encode());
        }
        conf.set(CurateSettings.WRITE_RANGES, fs.makeQualified(rangesFile).toString());
        progress.accept("write: curated rows and daily spend, sorted by customer, " + reducers + " reducers, " + ranges);
        Job write = CurationJobs.write(conf, runId, dedupOut, writeOut, reducers);
        Jobs.submit(write);
        return write;
    }

    /** Nothing is published, nor written outside the run's scratch folder, unless the counts add up. */
    private static void checkBalanced(RunAccounting accounting) {
        if (!accounting.isBalanced()) {
            throw new JobFailedException("the run's counts do not add up, nothing was published: "
                + accounting.describeImbalance().orElse(""));
        }
    }

    /** The raw files the staged files come from, numbered for the jobs' intermediate records. */
    private Path writeSourceNames(List<Path> staged, Path scratch) throws IOException {
        LandingCatalog catalog = new LandingCatalog(fs, lake);
        Set<String> names = new TreeSet<>();
        for (String sha : new TreeSet<>(staged.stream().map(p -> StagedFiles.shaOf(p.getName())).toList())) {
            names.add(catalog.read(sha).rawPath());
        }
        Path file = new Path(scratch, "sources.txt");
        try (OutputStream out = fs.create(file, true)) {
            SourceNames.of(names).writeTo(out);
        }
        return file;
    }

    /** The write job's ranges, cut from the samples the dedup reducers left beside their output. */
    private WriteRanges writeRanges(Path dedupOut, int reducers) throws IOException {
        List<byte[]> prefixes = new ArrayList<>();
        for (FileStatus side : fs.listStatus(dedupOut, p -> p.getName().startsWith(DedupReducer.SAMPLES_PREFIX))) {
            try (InputStream in = fs.open(side.getPath())) {
                byte[] bytes = in.readAllBytes();
                ByteReader reader = new ByteReader(bytes, 0, bytes.length);
                while (reader.remaining() > 0) {
                    prefixes.add(reader.readBytes());
                }
            }
        }
        return WriteRanges.fromSample(prefixes, reducers);
    }

    private RunAccounting readAccounting(Path dedupOut) throws IOException {
        RunAccounting total = RunAccounting.EMPTY;
        for (FileStatus side : fs.listStatus(dedupOut, p -> p.getName().startsWith("_accounting-"))) {
            try (InputStream in = fs.open(side.getPath())) {
                total = total.merge(AccountingJson.read(in.readAllBytes()));
            }
        }
        return total;
    }

    private RunManifest manifest(String runId, Instant start, SortedSet<LocalDate> dates, CurateState state,
                                 RunManifest.Status status, String failure) {
        return new RunManifest(runId, "curate", status, start, clock.instant(), new ArrayList<>(dates),
            state.indexedFiles, state.accounting.build(), state.outputs, failure);
    }

    /** What the run has done so far, for its manifest also when it fails. */
    private static final class CurateState {
        final List<String> indexedFiles = new ArrayList<>();
        final RunAccounting.Builder accounting = RunAccounting.builder();
        final List<RunManifest.Output> outputs = new ArrayList<>();
    }
}
