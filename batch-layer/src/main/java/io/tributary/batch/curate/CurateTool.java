package io.tributary.batch.curate;

import io.tributary.batch.lake.ToolSettings;
import io.tributary.batch.run.RunManifest;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import io.tributary.core.config.ConfigException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A curation run as a Hadoop {@code Tool}, for {@code hadoop jar} on a cluster and for an Oozie java
 * action: {@code [-D k=v]... [--properties FILE] [--set KEY=VALUE]... (--dates D1[,D2..] | --from D --to D)}.
 * Same run, same exit codes as {@code tributary batch curate}.
 */
public final class CurateTool extends Configured implements Tool {
    private static final Logger LOG = LoggerFactory.getLogger(CurateTool.class);
    private static final String USAGE =
        "usage: CurateTool [-D k=v]... [--properties FILE] [--set KEY=VALUE]... (--dates D1[,D2..] | --from D --to D)";
    private final PrintStream out;

    public CurateTool() {
        this(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
    }

    CurateTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.exit(ToolRunner.run(new Configuration(), new CurateTool(), args));
    }

    @Override
    public int run(String[] args) {
        ToolSettings settings;
        SortedSet<LocalDate> dates;
        try {
            settings = ToolSettings.parse(args);
            dates = dates(settings.rest());
        } catch (IllegalArgumentException | ConfigException | UsageException e) {
            out.println("curate: " + e.getMessage());
            out.println(USAGE);
            return ExitCode.USAGE;
        }
        try {
            RunManifest m = new CurateRun(settings.config(), settings.hadoop(getConf()), Clock.systemUTC(),
                line -> out.println("curate: " + line)).run(dates);
            out.println("curate: run " + m.runId() + " published " + m.eventDates().size() + " event dates");
            return ExitCode.OK;
        } catch (JobFailedException | IOException e) {
            LOG.error("curate failed", e);
            out.println("curate: failed: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    static SortedSet<LocalDate> dates(List<String> rest) {
        if (rest.size() == 2 && rest.get(0).equals("--dates")) {
            return EventDates.of(List.of(rest.get(1).split(",")));
        }
        if (rest.size() == 4 && rest.get(0).equals("--from") && rest.get(2).equals("--to")) {
            return EventDates.range(rest.get(1), rest.get(3));
        }
        throw new UsageException("expected --dates D1[,D2..] or --from D --to D, got " + rest);
    }
}
