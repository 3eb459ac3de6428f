package io.tributary.customers.run;

import io.tributary.cli.JobFailedException;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.parse.Valid;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.parse.ValidationRules;
import io.tributary.customers.export.SnapshotExport;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.customers.table.CustomerTables;
import io.tributary.customers.table.CustomersCatalog;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hudi.common.model.HoodieRecordLocation;

/**
 * One run of {@code tributary batch customers --input PATH}: read and validate the change rows, keep each
 * customer's winning change, compare with the stored dimension, upsert what changed in one Hudi commit (run id in
 * its metadata), write rejected rows to {@code errors.customers}, check the accounting identity, register the
 * tables, export the current snapshot for the curation job and write the run manifest.
 *
 * <p>The identity per source file: {@code read = curated + rejected + duplicates}, where {@code curated} counts
 * changes written to the table and {@code duplicates} counts changes superseded within the input, older than
 * the stored row (stale) or equal to it (re-applied). {@code filtered} is always 0: TEST customers are part of the
 * dimension (the curation job filters their transactions).
 */
public final class ApplyCustomersRun {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final TributaryConfig config;
    private final Configuration hadoop;
    private final HudiTableSettings settings;
    private final Clock clock;
    private final Consumer<String> progress;
    private Consumer<String> beforeCommit = instant -> { };

    public ApplyCustomersRun(TributaryConfig config, Configuration hadoop, HudiTableSettings settings, Clock clock,
                             Consumer<String> progress) {
        this.config = config;
        this.hadoop = hadoop;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
    }

    /** Called after the data files of the commit are written, before it completes (a test kills the writer there). */
    public ApplyCustomersRun beforeCommit(Consumer<String> hook) {
        this.beforeCommit = hook;
        return this;
    }

    /** A run id like the batch layer's: {@code customers-20261127T143012Z-3f9a}. */
    public static String nextRunId(Instant start) {
        return "customers-" + STAMP.format(start) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    public CustomerRunManifest run(Path input) throws IOException {
        Instant start = clock.instant();
        String runId = nextRunId(start);
        CustomerLake lake = CustomerLake.from(config);
        FileSystem fs = lake.root().getFileSystem(hadoop);
        FileSystem inputFs = input.getFileSystem(hadoop);
        RunAccounting.Builder accounting = RunAccounting.builder();
        List<CustomerRunManifest.Output> outputs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        String[] commit = {null};
        long[] decided = {0, 0};
        try (CustomersCatalog catalog = CustomersCatalog.connect(config.get(ConfigKeys.METASTORE_URIS), hadoop, lake.root())) {
            catalog.ensureTables();
            ValidationRules rules = new ValidationRules(config.get(ConfigKeys.MAX_FUTURE_SKEW));
            ChangeInput changes = ChangeInput.read(inputFs, input, rules, start, accounting);
            files.addAll(changes.files());
            progress.accept("read " + changes.files().size() + " change files: " + changes.winners().size()
                + " customers changed, " + changes.rejections().size() + " rows rejected");

            CustomerTable table = new CustomerTable(hadoop, lake.customersTable(), settings);
            Map<String, Instant> storedAt = new HashMap<>();
            Map<String, HoodieRecordLocation> locations = new HashMap<>();
            Map<String, StoredCustomer> tiedRows = storedRowsOf(table, changes.winners(), storedAt, locations);
            ChangePlan plan = ChangePlan.decide(changes.winners(), storedAt, tiedRows, runId, accounting);
            decided[0] = plan.stale();
            decided[1] = plan.unchanged();
            RunAccounting counts = accounting.build();
            if (!counts.isBalanced()) {
                throw new JobFailedException("the run's counts do not add up, nothing was written: "
                    + counts.describeImbalance().orElse(""));
            }

            if (!changes.rejections().isEmpty()) {
                Path errors = ErrorTableWriter.write(fs, hadoop, lake.errors(runId), changes.rejections());
                catalog.publishPartition(CustomerTables.ERRORS_CUSTOMERS, List.of(runId), errors.getParent());
                outputs.add(new CustomerRunManifest.Output(CustomerTables.ERRORS_CUSTOMERS.qualifiedName(),
                    "run_id=" + runId, errors.getParent().toString(), changes.rejections().size()));
            }

            if (plan.rows().isEmpty()) {
                progress.accept("nothing to change: " + plan.unchanged() + " changes already applied, " + plan.stale()
                    + " older than the stored rows; no commit");
            } else {
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put(CustomerTable.RUN_ID_METADATA, runId);
                meta.put("tributary.input", input.toString());
                // The stored rows were just read with their file groups: Hudi gets the rows tagged with them and
                // does not read every stored key again to find them (its index lookup).
                CustomerTable.CommitResult result = table.upsertLocated(plan.rows(), locations, meta, beforeCommit);
                commit[0] = result.instant();
                progress.accept("Hudi commit " + result.instant() + ": " + plan.rows().size() + " customers written ("
                    + result.inserts() + " new, " + (plan.rows().size() - result.inserts()) + " updated), "
                    + result.filesWritten() + " files");
                outputs.add(new CustomerRunManifest.Output(CustomerTables.CURATED_CUSTOMERS.qualifiedName(), "",
                    table.basePath().toString(), plan.rows().size()));
            }
            table.latestCommit().ifPresent(latest -> {
                try {
                    exportIfMissing(fs, lake, table, latest);
                } catch (IOException e) {
                    throw new JobFailedException("cannot export the customer snapshot of commit " + latest + ": " + e.getMessage(), e);
                }
            });
            CustomerRunManifest done = new CustomerRunManifest(runId, true, start, clock.instant(), files, counts,
                outputs, commit[0], decided[0], decided[1], null);
            done.write(fs, lake);
            return done;
        } catch (IOException | RuntimeException e) {
            CustomerRunManifest failed = new CustomerRunManifest(runId, false, start, clock.instant(), files,
                accounting.build(), outputs, commit[0], decided[0], decided[1], String.valueOf(e.getMessage()));
            failed.write(fs, lake);
            throw e instanceof JobFailedException j ? j : new JobFailedException(runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * What the table holds of the winners' keys: the stored {@code updated_at} and file group of each (tombstones are
     * stored rows too, so every key the table ever held is found), from the key and {@code updated_at} columns
     * alone; then, only when some stored row has the same {@code updated_at} as its winner (a re-applied file, or a
     * tie), those rows whole, to compare content. Returns the tied rows.
     */
    static Map<String, StoredCustomer> storedRowsOf(CustomerTable table, Map<String, Valid<CustomerChange>> winners,
                                                    Map<String, Instant> storedAt,
                                                    Map<String, HoodieRecordLocation> locations) throws IOException {
        SnapshotReader reader = new SnapshotReader(table);
        Set<String> tied = new HashSet<>();
        reader.readLatestVersions(winners.keySet(), (key, version) -> {
            storedAt.put(key, version.updatedAt());
            locations.put(key, version.location());
            if (version.updatedAt().equals(winners.get(key).value().updatedAt())) {
                tied.add(key);
            }
        });
        Map<String, StoredCustomer> rows = new HashMap<>();
        if (!tied.isEmpty()) {
            reader.readLatestLocated(tied, (row, location) -> rows.put(row.customerId(), row));
        }
        return rows;
    }

    /** Writes the snapshot export of {@code commit} unless it is there already; keeps the newest few. */
    public static Path exportIfMissing(FileSystem fs, CustomerLake lake, CustomerTable table, String commit) throws IOException {
        Path target = lake.snapshotExport(commit);
        if (!fs.exists(target)) {
            List<StoredCustomer> rows = new ArrayList<>();
            new SnapshotReader(table).readLatest(rows::add);
            SnapshotExport.write(fs, target, rows);
        }
        SnapshotExports.prune(fs, lake, SnapshotExports.KEEP);
        return target;
    }
}
