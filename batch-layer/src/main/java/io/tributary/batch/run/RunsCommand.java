package io.tributary.batch.run;

import io.tributary.cli.CommandGroup;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.UsageException;
import io.tributary.core.accounting.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tributary runs list | show RUN_ID}: the run manifests, for operators. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List batch runs or show one run's manifest.",
    subcommands = {RunsCommand.ListRuns.class, RunsCommand.ShowRun.class})
public final class RunsCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per run: id, status, dates, counts.")
    static final class ListRuns implements Callable<Integer> {
        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<RunManifest> runs = RunStore.open(configOptions.config()).list();
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "%-32s %-9s %-10s %10s %10s %9s %10s %9s  %s",
                "run", "status", "balanced", "read", "curated", "rejected", "duplicates", "filtered", "event dates"));
            for (RunManifest m : runs) {
                Counts t = m.accounting().total();
                out.println(String.format(Locale.ROOT, "%-32s %-9s %-10s %10d %10d %9d %10d %9d  %s", m.runId(),
                    m.status().name().toLowerCase(Locale.ROOT), m.balanced() ? "yes" : "NO", t.read(), t.curated(),
                    t.rejected(), t.duplicates(), t.filtered(), dates(m)));
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String dates(RunManifest m) {
            if (m.eventDates().isEmpty()) {
                return "-";
            }
            return m.eventDates().size() == 1 ? m.eventDates().get(0).toString()
                : m.eventDates().get(0) + ".." + m.eventDates().get(m.eventDates().size() - 1) + " (" + m.eventDates().size() + ")";
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one run's manifest (JSON).")
    static final class ShowRun implements Callable<Integer> {
        @Mixin
        ConfigOptions configOptions;

        @Parameters(paramLabel = "RUN_ID", description = "A run id as 'runs list' prints it.")
        String runId;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            RunManifest m = RunStore.open(configOptions.config()).read(runId)
                .orElseThrow(() -> new UsageException("no run " + runId + " (see 'tributary runs list')"));
            spec.commandLine().getOut().println(new String(RunManifestJson.write(m), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
