package io.tributary.batch.nightly;

import java.util.List;

/**
 * The nightly reconciliation and the backfill, step by step, in order: the one definition that
 * {@code tributary nightly} and {@code tributary backfill} run, and that the Oozie workflows
 * ({@code oozie/nightly-workflow.xml}, {@code oozie/backfill-workflow.xml}) repeat action for action (tests compare
 * them).
 *
 * <p>Batch-layer steps run {@code tributary nightly-step NAME}; the customer dimension's step runs in its own
 * process (Hudi needs its own classpath), exactly as it does on a cluster.
 */
public final class Workflows {
    /** The batch layer's main class. */
    public static final String BATCH_MAIN = "io.tributary.batch.BatchCli";
    /** The customer dimension's main class (module batch-customers). */
    public static final String CUSTOMERS_MAIN = "io.tributary.customers.cli.CustomersCli";

    /** Workflow parameters: the night's date (yyyy-MM-dd, UTC), a backfill's range, the customers' raw folder. */
    public static final String NIGHTLY_DATE = "nightlyDate";
    public static final String FROM_DATE = "fromDate";
    public static final String TO_DATE = "toDate";
    public static final String CUSTOMERS_INPUT = "customersInput";

    private static final String DATE = "${" + NIGHTLY_DATE + "}";
    private static final String FROM = "${" + FROM_DATE + "}";
    private static final String TO = "${" + TO_DATE + "}";

    /** What one night runs, in order. */
    public static final List<WorkflowStep> NIGHTLY = List.of(
        // the day's files from the landing folder (nightly.landing.dir), idempotent by content hash
        batch("ingest", true, "--date", DATE),
        // Kafka -> raw zone, exactly once: offset ranges in a manifest committed after the data
        batch("archive", true, "--date", DATE),
        // customer changes in the raw zone -> the Hudi dimension and its snapshot export
        new WorkflowStep("customers", CUSTOMERS_MAIN,
            List.of("batch", "customers", "--input", "${" + CUSTOMERS_INPUT + "}"), true),
        // index new raw files; the event dates that gained raw data (or can now match a late customer)
        batch("plan", true, "--date", DATE),
        // recompute the planned dates: curated, error and daily-spend partitions
        batch("curate", true, "--date", DATE),
        // the next view generation, bulk-loaded into HBase but not yet visible
        batch("views", true, "--date", DATE),
        // accounting identity, row counts against the current generation, error rate
        batch("gate", false, "--date", DATE),
        // the built generation becomes the one readers see and Wb advances: one pointer put
        batch("publish", true, "--date", DATE),
        // speed-view rows and pending-late counters the published generation now covers
        batch("expire", true, "--date", DATE));

    /** A recompute of a date range (after a rule change, say), with the same gate and publish. */
    public static final List<WorkflowStep> BACKFILL = List.of(
        batch("plan", true, "--from", FROM, "--to", TO),
        batch("curate", true, "--from", FROM, "--to", TO),
        batch("views", true, "--from", FROM, "--to", TO),
        batch("gate", false, "--from", FROM, "--to", TO),
        batch("publish", true, "--from", FROM, "--to", TO));

    private Workflows() {
    }

    private static WorkflowStep batch(String name, boolean retryable, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("nightly-step", name));
        args.addAll(List.of(options));
        return new WorkflowStep(name, BATCH_MAIN, args, retryable);
    }
}
