package io.tributary.batch.lake;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.time.LocalDate;
import org.apache.hadoop.fs.Path;

/**
 * Every folder of the lake, in one place, so that landing, indexing, curation, publishing and the
 * commands that inspect them can never disagree on a path. Layout: docs/ARCHITECTURE.md.
 */
public final class LakePaths {
    private final Path root;

    public LakePaths(Path root) {
        this.root = root;
    }

    /** The lake root: {@code storage.root} on {@code fs.uri}. */
    public static LakePaths from(TributaryConfig config) {
        String fs = config.get(ConfigKeys.FS_URI).toString();
        String base = fs.endsWith("/") ? fs.substring(0, fs.length() - 1) : fs;
        return new LakePaths(new Path(base + config.get(ConfigKeys.STORAGE_ROOT)));
    }

    public Path root() {
        return root;
    }

    // ---- raw zone (immutable) ----

    public Path rawTransactions() {
        return new Path(root, "raw/transactions");
    }

    public Path rawTransactionsHour(String source, LocalDate ingestDate, int ingestHour) {
        return new Path(rawTransactions(), "source=" + source + "/ingest_date=" + ingestDate
            + "/ingest_hour=" + String.format("%02d", ingestHour));
    }

    public Path rawCustomers() {
        return new Path(root, "raw/customers");
    }

    public Path rawCustomersDay(LocalDate ingestDate) {
        return new Path(rawCustomers(), "ingest_date=" + ingestDate);
    }

    /** One small record per landed file, named by the file's SHA-256: the landing index. */
    public Path landedIndex() {
        return new Path(root, "raw/_landed");
    }

    // ---- staging (derived from the raw zone, rebuildable) ----

    public Path stagedValid() {
        return new Path(root, "staging/valid");
    }

    public Path stagedValid(LocalDate eventDate) {
        return new Path(stagedValid(), "event_date=" + eventDate);
    }

    public Path stagedRejects() {
        return new Path(root, "staging/rejects");
    }

    public Path stagedRejects(LocalDate ingestDate) {
        return new Path(stagedRejects(), "ingest_date=" + ingestDate);
    }

    // ---- published tables ----

    public Path curatedTransactions() {
        return new Path(root, "curated/transactions");
    }

    public Path curatedCustomers() {
        return new Path(root, "curated/customers");
    }

    public Path dailySpend() {
        return new Path(root, "views/customer_daily_spend");
    }

    public Path errorTransactions() {
        return new Path(root, "errors/transactions");
    }

    // ---- runs ----

    public Path runs() {
        return new Path(root, "_runs");
    }

    public Path run(String runId) {
        return new Path(runs(), runId);
    }

    public Path runManifest(String runId) {
        return new Path(run(runId), "manifest.json");
    }

    /** One record per event date: what its last successful computation read ({@code ComputedDates}). */
    public Path computedDates() {
        return new Path(root, "_computed");
    }

    /** The state of one nightly run or backfill ({@code nightly/NightFolder}): its plan, gate verdict. */
    public Path night(String key) {
        return new Path(root, "_nightly/" + key);
    }

    /** Scratch space of one run (intermediate job output); removed when the run ends. */
    public Path runScratch(String runId) {
        return new Path(run(runId), "_scratch");
    }
}
