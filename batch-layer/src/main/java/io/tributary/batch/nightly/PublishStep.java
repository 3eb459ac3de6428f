package io.tributary.batch.nightly;

import io.tributary.batch.views.ViewGeneration;
import io.tributary.batch.views.ViewGenerations;
import io.tributary.batch.views.ViewPublishing;
import io.tributary.cli.JobFailedException;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.util.Optional;

/**
 * Makes the pending generation the one readers see, with its {@code Wb}: one put of the pointer row. Only a
 * generation the gate passed is published; with nothing pending the step does nothing.
 */
final class PublishStep {
    private PublishStep() {
    }

    static Optional<ViewGeneration> run(NightContext ctx, NightScope scope) throws IOException {
        ViewGenerations generations = ViewPublishing.generations(ctx.config());
        if (generations.pending().isEmpty()) {
            ctx.progress().accept("publish: no built generation is pending; nothing to publish");
            return Optional.empty();
        }
        BatchPointer pending = generations.pending().get();
        Optional<NightFolder.Verdict> verdict = ctx.folder(scope).readVerdict();
        boolean passed = verdict.map(v -> v.passed() && v.generation() == pending.generation()).orElse(false);
        if (!passed) {
            throw new JobFailedException("publish: the gate has not passed generation " + pending.generation()
                + (verdict.map(v -> " (its verdict: " + String.join("; ", v.reasons()) + ")").orElse(" (no verdict)"))
                + "; nothing was published");
        }
        return ViewPublishing.publishPending(ctx.config(), ctx.progress());
    }
}
