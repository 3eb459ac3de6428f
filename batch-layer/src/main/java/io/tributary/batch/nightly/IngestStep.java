package io.tributary.batch.nightly;

import io.tributary.batch.ingest.FileLander;
import io.tributary.batch.ingest.LandingOutcome;
import io.tributary.batch.ingest.SourceFolder;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.io.FileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Lands the night's folders of the landing area ({@code nightly.landing.dir}: {@code transactions/ingest_date=D/}
 * and {@code customers/ingest_date=D/}) into the raw zone, as {@code tributary ingest} does: a file landed before
 * (same content) is skipped, so a rerun lands nothing twice. Without a landing folder the step does nothing.
 */
final class IngestStep {
    private static final List<String> KINDS = List.of("transactions", "customers");

    private IngestStep() {
    }

    static int run(NightContext ctx, NightScope scope) throws IOException {
        String dir = ctx.config().get(ConfigKeys.NIGHTLY_LANDING_DIR);
        if (dir.isBlank() || scope.isBackfill()) {
            ctx.progress().accept("ingest: no landing folder configured (nightly.landing.dir); nothing to land");
            return 0;
        }
        FileLander lander = new FileLander(ctx.fs(), ctx.lake(), ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        int landed = 0;
        int skipped = 0;
        for (String kind : KINDS) {
            Path folder = Path.of(dir, kind, "ingest_date=" + scope.night());
            if (!Files.isDirectory(folder)) {
                ctx.progress().accept("ingest: " + folder + " does not exist; nothing to land from it");
                continue;
            }
            for (SourceFolder.SourceFile file : SourceFolder.list(folder)) {
                Optional<FileFormat> format = FileFormat.of(file.name());
                if (file.hidden() || format.isEmpty()) {
                    continue;
                }
                LandingOutcome outcome = lander.land(file.file(), file.relative(), format.get());
                if (outcome.status() == LandingOutcome.Status.LANDED) {
                    landed++;
                } else {
                    skipped++;
                }
            }
        }
        ctx.progress().accept("ingest: landed " + landed + " file(s), " + skipped + " landed before");
        return landed;
    }
}
