package io.tributary.batch.ingest;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.io.FileFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary ingest --from DIR}: lands files into the raw zone (docs/LANDING.md). */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Land every input file below DIR (.jsonl .json .csv .log, optionally .gz) into the raw zone, unchanged.",
        "Customer change files (CSV with the CDC header) go to raw/customers, the rest to raw/transactions.",
        "A file whose content (SHA-256) was landed before is skipped, so running it twice is safe.",
        "Repeat --from to land several folders in one run (a backlog, a replay): give --ingest-time once for all of",
        "them, or once per --from, in the same order."})
public final class IngestCommand implements Callable<Integer> {

    /** Up to this many files, one line per file; above it, progress lines (unless --verbose). */
    static final int LIST_EACH_FILE_UP_TO = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--from", required = true, paramLabel = "DIR",
        description = "Folder to land, read recursively; repeatable.")
    List<Path> from;

    @Option(names = "--ingest-time", paramLabel = "INSTANT",
        description = "Ingest time, ISO-8601 (e.g. 2026-11-27T14:30:12Z), cut to whole seconds; default: now. Once: "
            + "for every folder; repeated: one per --from, in order. Fixes raw names and validation for replays and tests.")
    List<String> ingestTimes;

    @Option(names = {"-v", "--verbose"}, description = "One line per file, however many there are.")
    boolean verbose;

    public IngestCommand() {
    }

    @Override
    public Integer call() {
        List<Instant> times = ingestInstants();
        for (Path folder : from) {
            if (!Files.isDirectory(folder)) {
                throw new UsageException("--from " + folder + " is not a folder");
            }
        }
        TributaryConfig config = configOptions.config();
        LakePaths lake = LakePaths.from(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<List<SourceFolder.SourceFile>> listed = new ArrayList<>();
        int fileCount = 0;
        for (Path folder : from) {
            try {
                listed.add(SourceFolder.list(folder));
            } catch (IOException e) {
                throw new JobFailedException("cannot list " + folder + ": " + e.getMessage(), e);
            }
            fileCount += listed.get(listed.size() - 1).size();
        }
        IngestTotals totals = new IngestTotals(fileCount, System.nanoTime());
        boolean eachFile = verbose || fileCount <= LIST_EACH_FILE_UP_TO;
        FileSystem fs = fileSystem(lake, config);
        for (int i = 0; i < from.size(); i++) {
            // One JVM for every folder: the start-up of a Hadoop client costs more than landing a day's files.
            FileLander lander = new FileLander(fs, lake, times.get(i));
            for (SourceFolder.SourceFile file : listed.get(i)) {
                LandingOutcome outcome = land(lander, file, totals);
                totals.add(outcome);
                if (eachFile) {
                    out.println(outcome.describe());
                    out.flush();
                } else {
                    totals.progressLine().ifPresent(line -> {
                        err.println("ingest: " + line);
                        err.flush();
                    });
                }
            }
        }
        out.println("ingest: " + totals.summary() + "; " + describe(times));
        out.flush();
        return 0;
    }

    private LandingOutcome land(FileLander lander, SourceFolder.SourceFile file, IngestTotals totals) {
        try {
            if (file.hidden()) {
                return new LandingOutcome(file.relative(), LandingOutcome.Status.HIDDEN, null, Files.size(file.file()));
            }
            Optional<FileFormat> format = FileFormat.of(file.name());
            if (format.isEmpty()) {
                return new LandingOutcome(file.relative(), LandingOutcome.Status.NOT_AN_INPUT_FILE, null,
                    Files.size(file.file()));
            }
            return lander.land(file.file(), file.relative(), format.get());
        } catch (IOException e) {
            throw new JobFailedException("cannot land " + file.relative() + ": " + e.getMessage() + " ("
                + totals.landed() + " file(s) landed before it; run again to continue: landed files are skipped)", e);
        }
    }

    /** One ingest time per --from: none given = now, one = for all, else exactly one per folder. */
    private List<Instant> ingestInstants() {
        if (ingestTimes == null || ingestTimes.isEmpty()) {
            return Collections.nCopies(from.size(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        if (ingestTimes.size() != 1 && ingestTimes.size() != from.size()) {
            throw new UsageException("--ingest-time is given " + ingestTimes.size() + " times for " + from.size()
                + " --from folders: give it once (for all) or once per --from");
        }
        List<Instant> parsed = new ArrayList<>();
        for (String text : ingestTimes) {
            try {
                parsed.add(Instant.parse(text).truncatedTo(ChronoUnit.SECONDS));
            } catch (DateTimeParseException e) {
                throw new UsageException("--ingest-time '" + text + "' is not an ISO-8601 instant such as 2026-11-27T14:30:12Z");
            }
        }
        return parsed.size() == 1 ? Collections.nCopies(from.size(), parsed.get(0)) : parsed;
    }

    private static String describe(List<Instant> times) {
        Instant first = times.get(0);
        Instant last = times.get(times.size() - 1);
        return times.stream().allMatch(first::equals) ? "ingest time " + first
            : "ingest times " + first + " .. " + last + " (" + times.size() + " folders)";
    }

    private static FileSystem fileSystem(LakePaths lake, TributaryConfig config) {
        try {
            return FileSystem.get(lake.root().toUri(), HadoopSettings.from(config));
        } catch (IOException e) {
            throw new JobFailedException("cannot reach the lake at " + lake.root() + ": " + e.getMessage(), e);
        }
    }
}
