package io.tributary.batch.quality;

import io.tributary.batch.run.RunManifest;
import io.tributary.core.accounting.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides whether a built view generation may be published. Plain logic over values, no I/O:
 *
 * <ul>
 *   <li><b>run</b>: the curate run the generation was built from succeeded;</li>
 *   <li><b>accounting</b>: {@code read = curated + rejected + duplicates + filtered} per source and in total (and
 *       the error histogram agrees with the counts), as the run manifest records them;</li>
 *   <li><b>error rate</b>: {@code rejected / read} of the run is at most {@code gate.max.error.rate};</li>
 *   <li><b>curated rows</b> and <b>bucket rows</b>: the new generation's are at most {@code gate.max.row.drop} (a
 *       fraction) below the published generation's. A first generation has nothing to compare with and passes; so
 *       does a published generation that predates the recorded counts (said in the check's detail).</li>
 * </ul>
 *
 * Bounds are inclusive: a fall of exactly the allowed fraction, or an error rate exactly at the limit, passes.
 */
public final class QualityGate {
    private final GateThresholds thresholds;

    public QualityGate(GateThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param run       the curate run whose tables the pending generation folds
     * @param pending   the built, not yet published generation
     * @param published the generation readers use now; empty before the first publish
     */
    public GateResult evaluate(RunManifest run, GenerationRows pending, Optional<GenerationRows> published) {
        List<GateCheck> checks = new ArrayList<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        Counts total = run.accounting().total();
        numbers.put("run", run.runId());
        numbers.put("read", Long.toString(total.read()));
        numbers.put("curated", Long.toString(total.curated()));
        numbers.put("rejected", Long.toString(total.rejected()));
        numbers.put("duplicates", Long.toString(total.duplicates()));
        numbers.put("filtered", Long.toString(total.filtered()));

        checks.add(run.status() == RunManifest.Status.SUCCEEDED
            ? GateCheck.pass("run", "run " + run.runId() + " succeeded")
            : GateCheck.fail("run", "run " + run.runId() + " did not succeed: " + run.failure()));

        List<String> imbalances = run.accounting().imbalances();
        checks.add(imbalances.isEmpty()
            ? GateCheck.pass("accounting", "read = curated + rejected + duplicates + filtered for every source and in total")
            : GateCheck.fail("accounting", "does not balance: " + String.join("; ", imbalances)));

        double errorRate = total.read() == 0 ? 0 : (double) total.rejected() / total.read();
        numbers.put("error_rate", fraction(errorRate));
        String rate = "error rate " + percent(errorRate) + " (" + total.rejected() + " rejected of " + total.read()
            + " read)";
        checks.add(errorRate <= thresholds.maxErrorRate()
            ? GateCheck.pass("error rate", rate + " within gate.max.error.rate " + percent(thresholds.maxErrorRate()))
            : GateCheck.fail("error rate", rate + " is above gate.max.error.rate " + percent(thresholds.maxErrorRate())));

        numbers.put("pending_generation", Long.toString(pending.generation()));
        pending.curatedRows().ifPresent(n -> numbers.put("pending_curated_rows", Long.toString(n)));
        pending.bucketRows().ifPresent(n -> numbers.put("pending_bucket_rows", Long.toString(n)));
        published.ifPresent(p -> {
            numbers.put("published_generation", Long.toString(p.generation()));
            p.curatedRows().ifPresent(n -> numbers.put("published_curated_rows", Long.toString(n)));
            p.bucketRows().ifPresent(n -> numbers.put("published_bucket_rows", Long.toString(n)));
        });
        checks.add(rows("curated rows", pending.generation(), pending.curatedRows(), published,
            published.map(GenerationRows::curatedRows)));
        checks.add(rows("bucket rows", pending.generation(), pending.bucketRows(), published,
            published.map(GenerationRows::bucketRows)));
        return new GateResult(checks, numbers);
    }

    /** The verdict when no generation is pending: nothing will be published, so nothing can be wrong. */
    public static GateResult nothingPending() {
        return new GateResult(List.of(GateCheck.pass("pending", "no built generation is pending; nothing to publish")),
            Map.of());
    }

    /** The verdict when the pending generation names a run whose manifest cannot be found. */
    public static GateResult runNotFound(String runId, long pendingGeneration) {
        return new GateResult(List.of(GateCheck.fail("run", "the manifest of run " + runId + ", which generation "
            + pendingGeneration + " was built from, does not exist")), Map.of("run", runId,
            "pending_generation", Long.toString(pendingGeneration)));
    }

    private GateCheck rows(String name, long generation, OptionalLong now, Optional<GenerationRows> published,
                           Optional<OptionalLong> before) {
        if (published.isEmpty()) {
            return GateCheck.pass(name, "first generation: nothing to compare with");
        }
        long previousGeneration = published.get().generation();
        if (before.get().isEmpty()) {
            return GateCheck.pass(name, "generation " + previousGeneration + " has no recorded " + name
                + ": nothing to compare with");
        }
        if (now.isEmpty()) {
            return GateCheck.fail(name, "generation " + generation + " has no recorded " + name);
        }
        long was = before.get().getAsLong();
        long is = now.getAsLong();
        String change = "from " + was + " (generation " + previousGeneration + ") to " + is + " (generation "
            + generation + ")";
        if (is >= was) {
            return GateCheck.pass(name, change);
        }
        double fall = (double) (was - is) / was;
        return fall <= thresholds.maxRowDrop()
            ? GateCheck.pass(name, "fell " + percent(fall) + " " + change + ", within gate.max.row.drop "
                + percent(thresholds.maxRowDrop()))
            : GateCheck.fail(name, "fell " + percent(fall) + " " + change + ", more than gate.max.row.drop "
                + percent(thresholds.maxRowDrop()));
    }

    private static String percent(double f) {
        return String.format(Locale.ROOT, "%.2f%%", f * 100);
    }

    private static String fraction(double f) {
        return String.format(Locale.ROOT, "%.6f", f);
    }
}
