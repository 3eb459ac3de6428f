package io.tributary.batch.nightly;

import io.tributary.batch.quality.GateOutput;
import io.tributary.batch.quality.GateResult;
import io.tributary.batch.quality.GateRun;
import io.tributary.batch.quality.GateThresholds;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.views.ViewPublishing;
import io.tributary.batch.views.ViewGenerations;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data-quality gate on the pending generation (accounting identity, rows against the published generation, error
 * rate; {@code quality/QualityGate}). Its verdict goes into the night's folder, where the publish step reads it.
 *
 * <p>Under Oozie (the system property {@value #OOZIE_OUTPUT} is set) the verdict is also written as the action's
 * captured output and the step exits 0 either way: the workflow's decision node reads {@code passed} and sends a
 * failed gate to the alert. Run on its own or by {@code tributary nightly}, a failed gate exits 1 with the reason.
 */
final class GateStep {
    static final String OOZIE_OUTPUT = "oozie.action.output.properties";

    private GateStep() {
    }

    static int run(NightContext ctx, NightScope scope, String oozieOutput) throws IOException {
        ViewGenerations generations = ViewPublishing.generations(ctx.config());
        GateResult result = GateRun.check(generations, new RunStore(ctx.fs(), ctx.lake()),
            GateThresholds.from(ctx.config()));
        Optional<BatchPointer> pending = generations.pending();
        if (pending.isPresent()) {
            ctx.folder(scope).writeVerdict(new NightFolder.Verdict(pending.get().generation(), pending.get().runId(),
                result.passed(), result.failures()));
        }
        result.describe().forEach(line -> ctx.progress().accept(line.startsWith("gate") ? line : "gate: " + line));
        if (oozieOutput != null) {
            GateOutput.write(result, Path.of(oozieOutput));
            return ExitCode.OK;
        }
        if (!result.passed()) {
            throw new JobFailedException("the data-quality gate failed, nothing is published: " + result.reason());
        }
        ctx.progress().accept(pending.isPresent()
            ? "gate: passed generation " + pending.get().generation()
            : "gate: no built generation is pending; nothing to check");
        return ExitCode.OK;
    }
}
