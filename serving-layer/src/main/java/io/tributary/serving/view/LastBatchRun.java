package io.tributary.serving.view;

/** The accounting of the batch run behind the published generation (its run manifest's totals). */
public record LastBatchRun(String runId, long read, long curated, long rejected, long duplicates, long filtered) {
}
