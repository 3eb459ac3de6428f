package io.tributary.batch.quality;

import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.views.ViewGenerations;
import io.tributary.batch.views.ViewPublishing;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.util.Optional;

/**
 * Runs the gate against what is stored: the pending and published generations from the meta table, and the manifest
 * of the run the pending generation was built from (its run id is in the pending record).
 */
public final class GateRun {
    private GateRun() {
    }

    public static GateResult check(TributaryConfig config) throws IOException {
        return check(ViewPublishing.generations(config), RunStore.open(config), GateThresholds.from(config));
    }

    /** Against generations the caller has read already (it needs them too: one read of the meta table). */
    public static GateResult check(ViewGenerations generations, RunStore runs, GateThresholds thresholds)
        throws IOException {
        if (generations.pending().isEmpty()) {
            return QualityGate.nothingPending();
        }
        BatchPointer pending = generations.pending().get();
        Optional<RunManifest> run = runs.read(pending.runId());
        if (run.isEmpty()) {
            return QualityGate.runNotFound(pending.runId(), pending.generation());
        }
        return new QualityGate(thresholds).evaluate(run.get(), GenerationRows.of(pending),
            generations.published().map(GenerationRows::of));
    }
}
