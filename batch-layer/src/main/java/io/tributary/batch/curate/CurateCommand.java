package io.tributary.batch.curate;

import io.tributary.batch.run.RunManifest;
import io.tributary.batch.views.ViewPublishing;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.core.accounting.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary batch curate --dates D1[,D2..] | --from D --to D}. */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = {"Raw -> curated + errors + views for those event dates, whatever day their records were ingested.",
        "Indexes newly landed files first. Publishes only when every count adds up; exit 1 otherwise."})
public final class CurateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Dates dates;

    static final class Dates {
        @Option(names = "--dates", split = ",", paramLabel = "D", description = "Event dates (YYYY-MM-DD), comma separated.")
        List<String> list;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "D", description = "First event date (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "D", description = "Last event date, inclusive.")
        String to;
    }

    @Option(names = "--skip-views", description = "Do not publish a new HBase batch view generation after the run.")
    boolean skipViews;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SortedSet<LocalDate> eventDates = eventDates();
        PrintWriter out = spec.commandLine().getOut();
        CurateRun run = new CurateRun(configOptions.config(), Clock.systemUTC(), line -> {
            out.println("curate: " + line);
            out.flush();
        });
        RunManifest m = run.run(eventDates);
        Counts t = m.accounting().total();
        out.println(String.format(Locale.ROOT,
            "curate: run %s published %d event dates: read %d = curated %d + rejected %d + duplicates %d + filtered %d"
                + " (%d curated rows of unknown customers)",
            m.runId(), m.eventDates().size(), t.read(), t.curated(), t.rejected(), t.duplicates(), t.filtered(),
            t.unmatchedCustomer()));
        out.flush();
        if (!skipViews) {
            ViewPublishing.after(configOptions.config(), m, line -> {
                out.println("curate: " + line);
                out.flush();
            });
        }
        return ExitCode.OK;
    }

    SortedSet<LocalDate> eventDates() {
        return dates.list != null ? EventDates.of(dates.list) : EventDates.range(dates.range.from, dates.range.to);
    }
}
