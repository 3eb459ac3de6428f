package io.tributary.batch.views;

import io.tributary.batch.curate.CustomerDimension;
import io.tributary.batch.lake.Jobs;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.PublishedPartition;
import io.tributary.batch.table.Tables;
import io.tributary.core.accounting.Counts;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.parse.ValidationRules;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.CustomerColumns;
import io.tributary.core.view.ViewColumns;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.RegionLocator;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.regionserver.BloomType;
import org.apache.hadoop.hbase.tool.BulkLoadHFiles;
import org.apache.hadoop.mapreduce.Job;

/**
 * Builds and publishes batch view generations, in two steps that the nightly run separates with its data-quality
 * gate:
 *
 * <ol>
 *   <li>{@link #build}: fold every published curated partition into a fresh table {@code batch_view_g<N+1>} (HFiles +
 *       bulk load, no individual puts) and record it in the meta table's pending row, without touching the pointer:
 *       readers keep using generation N;</li>
 *   <li>{@link #publishPending()}: move the pointer to the pending generation with one put (generation and
 *       {@code Wb} together), drop the generations replaced longer than {@code views.generation.grace} ago, copy the
 *       customer dimension for the API, and clear the pending row.</li>
 * </ol>
 *
 * <p>{@link #publish} does both at once ({@code batch curate}, {@code batch publish-views}). A failure at any step
 * before the pointer put leaves the pointer and generation N untouched; a built generation that is never published
 * is replaced by the next build (same generation number, the table dropped and created afresh).
 */
public final class BatchViewPublisher {
    private final TributaryConfig config;
    private final Configuration hadoop;
    private final FileSystem fs;
    private final LakePaths lake;
    private final Clock clock;
    private final Consumer<String> progress;

    public BatchViewPublisher(TributaryConfig config, Configuration hadoop, FileSystem fs, Clock clock,
                              Consumer<String> progress) {
        this.config = config;
        this.hadoop = hadoop;
        this.fs = fs;
        this.lake = LakePaths.from(config);
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Builds and publishes at once.
     *
     * @param runId  the batch run whose tables are published
     * @param counts that run's accounting totals, shown by the API's freshness endpoint
     */
    public Optional<ViewGeneration> publish(String runId, Counts counts, MetastoreCatalog catalog) throws IOException {
        return publish(runId, counts, catalog, Optional.empty());
    }

    /**
     * Builds and publishes at once.
     *
     * @param through when present, only event dates up to it are folded, and {@code Wb} is the end of it (an operator
     *                holding the batch watermark back, e.g. while a date is known to be incomplete)
     */
    public Optional<ViewGeneration> publish(String runId, Counts counts, MetastoreCatalog catalog,
                                            Optional<LocalDate> through) throws IOException {
        if (build(runId, counts, catalog, through).isEmpty()) {
            return Optional.empty();
        }
        return publishPending();
    }

    /**
     * Folds the curated partitions into generation N+1, bulk-loads it and records it as pending. The pointer does not
     * move: readers keep using generation N until {@link #publishPending()}.
     *
     * @return the built generation (nothing dropped), or empty when no curated partition is published yet
     */
    public Optional<ViewGeneration> build(String runId, Counts counts, MetastoreCatalog catalog,
                                          Optional<LocalDate> through) throws IOException {
        List<PublishedPartition> partitions = new ArrayList<>(catalog.partitions(Tables.CURATED_TRANSACTIONS));
        through.ifPresent(last -> partitions.removeIf(p -> p.values().date(0).isAfter(last)));
        if (partitions.isEmpty()) {
            progress.accept("views: no curated partition is published yet; nothing to load");
            return Optional.empty();
        }
        LocalDate lastDate = partitions.stream().map(p -> p.values().date(0)).max(LocalDate::compareTo).orElseThrow();
        Configuration conf = HBaseSettings.from(config, hadoop);
        try (Connection hbase = ConnectionFactory.createConnection(conf)) {
            ViewPointerStore pointers = new ViewPointerStore(hbase, HBaseSettings.table(config, "meta"));
            pointers.ensure();
            Optional<BatchPointer> current = pointers.read();
            // an earlier build's pending generation is about to be replaced: forget it before its table is dropped, so
            // a failure below can never leave a pending record naming a half-built table
            pointers.clearPending();
            long generation = current.map(BatchPointer::generation).orElse(0L) + 1;
            TableName table = HBaseSettings.table(config, BatchPointer.tableName(generation));
            createFresh(hbase, table);
            Path hfiles = new Path(lake.runScratch(runId), "hfiles-g" + generation);
            // the total-order partitioner's split file goes to hbase.fs.tmp.dir: keep it in the run's scratch folder
            conf.set("hbase.fs.tmp.dir", fs.makeQualified(new Path(lake.runScratch(runId), "hbase-staging")).toString());
            List<Path> inputs = new ArrayList<>();
            for (PublishedPartition p : partitions) {
                inputs.add(new Path(p.location()));
            }
            progress.accept("views: folding " + partitions.size() + " curated partitions into "
                + table.getNameAsString() + " (days and hours per customer and currency)");
            Instant now = clock.instant();
            long curatedRows;
            long bucketRows;
            try (Table t = hbase.getTable(table); RegionLocator regions = hbase.getRegionLocator(table)) {
                Job job = ViewGenerationJob.create(conf, runId, inputs, hfiles, t, regions, generation);
                Jobs.await(job);
                curatedRows = job.getCounters().findCounter("views", "curated rows").getValue();
                bucketRows = job.getCounters().findCounter("views", "bucket rows").getValue();
                BulkLoadHFiles.create(conf).bulkLoad(table, hfiles);
            } finally {
                fs.delete(lake.runScratch(runId), true);
            }
            Instant wb = LatenessContract.batchWatermark(lastDate);
            Map<String, Long> cells = new LinkedHashMap<>();
            cells.put("read", counts.read());
            cells.put("curated", counts.curated());
            cells.put("rejected", counts.rejected());
            cells.put("duplicates", counts.duplicates());
            cells.put("filtered", counts.filtered());
            cells.put(ViewGeneration.CURATED_ROWS, curatedRows);
            cells.put(ViewGeneration.BUCKET_ROWS, bucketRows);
            pointers.writePending(new BatchPointer(generation, wb, now, runId, cells));
            progress.accept("views: built generation " + generation + " (" + bucketRows + " bucket rows from "
                + curatedRows + " curated rows), batch watermark " + wb + "; not published yet");
            return Optional.of(new ViewGeneration(generation, lastDate, wb, bucketRows, curatedRows, List.of()));
        }
    }

    /**
     * Publishes the pending generation: one put of the pointer row (generation and {@code Wb} together), then drops the
     * generations it replaced (after the grace period), copies the customer dimension and clears the pending record.
     *
     * @return the published generation, or empty when nothing is pending (a second call is a no-op)
     */
    public Optional<ViewGeneration> publishPending() throws IOException {
        try (Connection hbase = ConnectionFactory.createConnection(HBaseSettings.from(config, hadoop))) {
            ViewPointerStore pointers = new ViewPointerStore(hbase, HBaseSettings.table(config, "meta"));
            pointers.ensure();
            Optional<BatchPointer> pending = pointers.readPending();
            if (pending.isEmpty()) {
                progress.accept("views: no built generation is pending; nothing to publish");
                return Optional.empty();
            }
            BatchPointer next = pending.get();
            Optional<BatchPointer> current = pointers.read();
            long currentGeneration = current.map(BatchPointer::generation).orElse(0L);
            if (currentGeneration > next.generation()) {
                progress.accept("views: pending generation " + next.generation() + " is older than the published "
                    + currentGeneration + "; forgotten");
                pointers.clearPending();
                return Optional.empty();
            }
            List<Long> dropped = List.of();
            if (currentGeneration == next.generation()) {
                // an earlier publish moved the pointer and stopped before clearing the pending row: finish its work
                // (the replaced generations are left for the next publish: when this one's pointer moved is unknown)
                progress.accept("views: generation " + next.generation() + " is already published; finishing");
            } else {
                try (Admin admin = hbase.getAdmin()) {
                    TableName table = HBaseSettings.table(config, next.tableName());
                    if (!admin.tableExists(table)) {
                        throw new IOException("the pending generation's table " + table + " does not exist; "
                            + "build the views again");
                    }
                }
                pointers.write(new BatchPointer(next.generation(), next.batchWatermark(), clock.instant(),
                    next.runId(), next.counts()));
                progress.accept("views: published generation " + next.generation() + ", batch watermark "
                    + next.batchWatermark());
                dropped = dropReplaced(hbase, current, next.generation());
            }
            CustomerDimension.Loaded customers = CustomerDimension.load(fs, lake, config,
                new ValidationRules(config.get(ConfigKeys.MAX_FUTURE_SKEW)));
            int copied = CustomerCopy.load(hbase, HBaseSettings.table(config, CustomerColumns.TABLE), customers.snapshot());
            progress.accept("views: " + copied + " customers copied for the API's profiles, from " + customers.origin());
            pointers.clearPending();
            return Optional.of(ViewGeneration.of(next, dropped));
        }
    }

    /** The published generation and the pending one, as the meta table holds them now. */
    public ViewGenerations generations() throws IOException {
        try (Connection hbase = ConnectionFactory.createConnection(HBaseSettings.from(config, hadoop))) {
            ViewPointerStore pointers = new ViewPointerStore(hbase, HBaseSettings.table(config, "meta"));
            pointers.ensure();
            return new ViewGenerations(pointers.read(), pointers.readPending());
        }
    }

    private void createFresh(Connection hbase, TableName table) throws IOException {
        try (Admin admin = hbase.getAdmin()) {
            if (admin.tableExists(table)) {
                // left behind by a publish that failed before moving the pointer: never read by anyone
                admin.disableTable(table);
                admin.deleteTable(table);
            }
            admin.createTable(TableDescriptorBuilder.newBuilder(table)
                .setColumnFamily(ColumnFamilyDescriptorBuilder.newBuilder(ViewColumns.FAMILY)
                    .setBloomFilterType(BloomType.ROW).setMaxVersions(1).build())
                .build());
        }
    }

    /**
     * Drops every generation older than the one just replaced, once the replaced one's own publish is older than the
     * grace period: a reader that read the pointer before this publish reads generation N, never an older one.
     */
    private List<Long> dropReplaced(Connection hbase, Optional<BatchPointer> replaced, long newest) throws IOException {
        Duration grace = config.get(ConfigKeys.VIEWS_GENERATION_GRACE);
        List<Long> dropped = new ArrayList<>();
        try (Admin admin = hbase.getAdmin()) {
            String ns = config.get(ConfigKeys.HBASE_NAMESPACE);
            boolean replacedLongAgo = replaced.isEmpty()
                || !replaced.get().publishedAt().plus(grace).isAfter(clock.instant());
            for (TableName t : admin.listTableNamesByNamespace(ns)) {
                String q = t.getQualifierAsString();
                if (!q.startsWith("batch_view_g")) {
                    continue;
                }
                long g = Long.parseLong(q.substring("batch_view_g".length()));
                boolean older = replaced.map(p -> g < p.generation()).orElse(g < newest);
                if (older && replacedLongAgo) {
                    admin.disableTable(t);
                    admin.deleteTable(t);
                    dropped.add(g);
                }
            }
        }
        if (!dropped.isEmpty()) {
            progress.accept("views: dropped replaced generations " + dropped);
        }
        return dropped;
    }
}
