package io.tributary.batch.nightly;

import io.tributary.batch.archive.ArchiveResult;
import io.tributary.batch.archive.ArchiveRun;
import java.io.IOException;

/**
 * Copies what Kafka received since the last archive into the raw zone, exactly once ({@code archive/ArchiveRun}),
 * so that the plan step sees the Kafka events (late ones too) as raw data of their event dates.
 */
final class ArchiveStep {
    private ArchiveStep() {
    }

    static ArchiveResult run(NightContext ctx, NightScope scope) throws IOException {
        return ArchiveRun.run(ctx.config(), ctx.hadoop(), ctx.clock(), line -> ctx.progress().accept("archive: " + line));
    }
}
