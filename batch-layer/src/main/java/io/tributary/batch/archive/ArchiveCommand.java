package io.tributary.batch.archive;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tributary archive}: copies what is new on the archived Kafka topics into the raw zone, exactly once. */
@Command(name = "archive", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Copy new messages of the archive.topics (default: transactions) into raw/transactions/source=kafka, "
        + "exactly once: per-partition offset ranges, committed in raw/_archive after the files are landed.",
        "An interrupted run is finished first with the same ranges. Nothing new: no files, exit 0.",
        "The next 'tributary batch curate' indexes the archived files like any landed file (its index pass runs first)."})
public final class ArchiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        TributaryConfig config = configOptions.config();
        PrintWriter out = spec.commandLine().getOut();
        try {
            ArchiveResult result = ArchiveRun.run(config, HadoopSettings.from(config), Clock.systemUTC(), line -> {
                out.println("archive: " + line);
                out.flush();
            });
            for (ArchivedFile f : result.ranges()) {
                out.println("  " + f.range().describe() + "  " + f.records() + " record(s)"
                    + (f.hasFile() ? "  " + f.rawPath() : "  (no file)"));
            }
            out.println("archive: " + result.describe());
            out.flush();
            return ExitCode.OK;
        } catch (ArchiveGapException e) {
            throw new JobFailedException("archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFailedException("archive: cannot read or write the lake: " + e.getMessage(), e);
        }
    }
}
