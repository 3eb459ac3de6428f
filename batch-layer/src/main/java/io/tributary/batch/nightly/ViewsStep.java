package io.tributary.batch.nightly;

import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.views.ViewGeneration;
import io.tributary.batch.views.ViewGenerations;
import io.tributary.batch.views.ViewPublishing;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Builds the next view generation from the published curated partitions and bulk-loads it into HBase as the pending
 * generation: readers do not see it until the publish step. Nothing is built when the published generation already
 * comes from the newest curation run (a night with nothing to recompute), or when that run's generation is pending.
 */
final class ViewsStep {
    private ViewsStep() {
    }

    static Optional<ViewGeneration> run(NightContext ctx, NightScope scope) throws IOException {
        Optional<RunManifest> latest = new RunStore(ctx.fs(), ctx.lake()).latestSucceeded("curate");
        if (latest.isEmpty()) {
            ctx.progress().accept("views: no successful curation run yet; nothing to build");
            return Optional.empty();
        }
        String runId = latest.get().runId();
        ViewGenerations generations = ViewPublishing.generations(ctx.config());
        if (generations.pending().map(p -> p.runId().equals(runId)).orElse(false)) {
            ctx.progress().accept("views: generation " + generations.pending().get().generation() + " of run " + runId
                + " is built and waits for the gate; nothing to build");
            return Optional.empty();
        }
        if (generations.published().map(p -> p.runId().equals(runId)).orElse(false)) {
            ctx.progress().accept("views: the published generation " + generations.published().get().generation()
                + " comes from the newest curation run " + runId + "; nothing to build");
            return Optional.empty();
        }
        Optional<LocalDate> through = through(scope, generations.published());
        return ViewPublishing.build(ctx.config(), latest.get(), through, ctx.progress());
    }

    /**
     * The last date the new generation covers: the night's (a night closes its day), never before what the published
     * generation covers already (Wb never moves back); a backfill keeps the published one's.
     */
    private static Optional<LocalDate> through(NightScope scope, Optional<BatchPointer> published) {
        Optional<LocalDate> covered = published.map(p -> p.batchWatermark().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1));
        if (scope.isBackfill()) {
            return covered.isPresent() ? covered : Optional.of(scope.to());
        }
        LocalDate night = scope.night();
        return Optional.of(covered.filter(c -> c.isAfter(night)).orElse(night));
    }
}
