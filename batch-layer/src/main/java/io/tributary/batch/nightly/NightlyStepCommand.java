package io.tributary.batch.nightly;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary nightly-step STEP --date D | --from D --to D}: one step of the nightly reconciliation or of a
 * backfill, on its own: what each Oozie action runs, and what {@code tributary nightly} runs step after step.
 */
@Command(name = "nightly-step", mixinStandardHelpOptions = true,
    description = {"One step of the nightly reconciliation (--date) or of a backfill (--from/--to).",
        "Steps: ingest, archive, plan, curate, views, gate, publish, expire (docs/NIGHTLY.md)."})
public final class NightlyStepCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Parameters(index = "0", paramLabel = "STEP", description = "ingest | archive | plan | curate | views | gate | publish | expire")
    String step;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--date", paramLabel = "D", description = "The night: the UTC day (YYYY-MM-DD) whose data it closes.")
        String date;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "D", description = "A backfill's first event date.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "D", description = "A backfill's last event date, inclusive.")
        String to;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NightScope s = scope();
        PrintWriter out = spec.commandLine().getOut();
        NightContext ctx = NightContext.open(configOptions.config(), Clock.systemUTC(), line -> {
            out.println(line);
            out.flush();
        });
        return switch (step) {
            case "ingest" -> done(IngestStep.run(ctx, s));
            case "archive" -> done(ArchiveStep.run(ctx, s));
            case "plan" -> done(PlanStep.run(ctx, s));
            case "curate" -> done(CurateStep.run(ctx, s));
            case "views" -> done(ViewsStep.run(ctx, s));
            case "gate" -> GateStep.run(ctx, s, System.getProperty(GateStep.OOZIE_OUTPUT));
            case "publish" -> done(PublishStep.run(ctx, s));
            case "expire" -> done(ExpireStep.run(ctx, s));
            default -> throw new UsageException("unknown step '" + step
                + "' (ingest, archive, plan, curate, views, gate, publish, expire)");
        };
    }

    private static int done(Object ignored) {
        return ExitCode.OK;
    }

    private NightScope scope() {
        try {
            return scope.date != null ? NightScope.nightly(DateOption.parse("--date", scope.date))
                : NightScope.backfill(DateOption.parse("--from", scope.range.from), DateOption.parse("--to", scope.range.to));
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
