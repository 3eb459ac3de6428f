package io.tributary.batch.run;

import io.tributary.core.accounting.RunAccounting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a batch run did, written to {@code _runs/<run-id>/manifest.json}: its inputs, its outputs and
 * the accounting {@code read = curated + rejected + duplicates + filtered} per source and in total.
 *
 * @param runId        the run
 * @param kind         what ran (curate, ...)
 * @param status       succeeded, or failed with {@code failure} saying why
 * @param startedAt    start
 * @param finishedAt   end
 * @param eventDates   the event dates the run recomputed
 * @param indexedFiles raw files the run indexed (parsed for the first time)
 * @param accounting   counts per source and in total
 * @param outputs      partitions the run published
 * @param failure      why the run failed, or null
 */
public record RunManifest(String runId, String kind, Status status, Instant startedAt, Instant finishedAt,
                          List<LocalDate> eventDates, List<String> indexedFiles, RunAccounting accounting,
                          List<Output> outputs, String failure) {

    public enum Status { SUCCEEDED, FAILED }

    /** One published partition: table, partition spec, its new location and how many rows it holds. */
    public record Output(String table, String partition, String location, long rows) {
    }

    public RunManifest {
        eventDates = List.copyOf(eventDates);
        indexedFiles = List.copyOf(indexedFiles);
        outputs = List.copyOf(outputs);
    }

    public boolean balanced() {
        return accounting.isBalanced();
    }
}
