package io.tributary.batch.nightly;

import io.tributary.batch.curate.CurateRun;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.stage.FileIndex;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import io.tributary.batch.run.RunManifest;
import io.tributary.cli.JobFailedException;
import io.tributary.core.accounting.Counts;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recomputes the dates of the night's plan with one curation run (curated, error and daily-spend partitions,
 * published through the metastore when every count adds up). An empty plan runs nothing.
 */
final class CurateStep {
    private CurateStep() {
    }

    static Optional<RunManifest> run(NightContext ctx, NightScope scope) throws IOException {
        NightPlan plan = ctx.folder(scope).readPlan().orElseThrow(() -> new JobFailedException(
            "curate: no plan for the " + scope + " (run the plan step first)"));
        if (plan.isEmpty()) {
            ctx.progress().accept("curate: nothing to recompute");
            return Optional.empty();
        }
        LandingCatalog catalog = new LandingCatalog(ctx.fs(), ctx.lake());
        List<FileIndex> indexedByPlan = new ArrayList<>();
        for (String sha : plan.indexed()) {
            try (InputStream in = ctx.fs().open(catalog.indexPath(sha))) {
                indexedByPlan.add(FileIndex.fromJson(in.readAllBytes()));
            }
        }
        RunManifest m = new CurateRun(ctx.config(), ctx.hadoop(), ctx.clock(), line -> ctx.progress().accept("curate: " + line))
            .run(plan.eventDates(), indexedByPlan);
        Counts t = m.accounting().total();
        ctx.progress().accept(String.format(Locale.ROOT,
            "curate: run %s recomputed %d event date(s): read %d = curated %d + rejected %d + duplicates %d + filtered %d",
            m.runId(), m.eventDates().size(), t.read(), t.curated(), t.rejected(), t.duplicates(), t.filtered()));
        return Optional.of(m);
    }
}
