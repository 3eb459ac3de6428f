package io.tributary.batch.nightly;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.UsageException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary backfill --from D --to D}: recompute a range of event dates with the nightly gate and publish. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
    description = {"Recompute curated tables and views for a range of event dates (after a rule change, say), "
        + "then gate and publish them as the nightly run does: plan, curate, views, gate, publish.",
        "The batch watermark does not move. Exit 1 when a step fails, the gate included."})
public final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--from", required = true, paramLabel = "D", description = "First event date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "D", description = "Last event date, inclusive.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate first = DateOption.parse("--from", from);
        LocalDate last = DateOption.parse("--to", to);
        if (last.isBefore(first)) {
            throw new UsageException("--to " + last + " is before --from " + first);
        }
        return new WorkflowRunner(spec.commandLine().getOut(), configOptions.asArguments()).run(
            "backfill " + first + ".." + last, Workflows.BACKFILL,
            Map.of(Workflows.FROM_DATE, first.toString(), Workflows.TO_DATE, last.toString()));
    }
}
