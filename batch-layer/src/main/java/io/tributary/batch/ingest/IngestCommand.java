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
        "A file whose content (SHA-256) was landed before is skipped, so running it twice is safe."})
public final class IngestCommand implements Callable<Integer> {

    /** Up to this many files, one line per file; above it, progress lines (unless --verbose). */
    static final int LIST_EACH_FILE_UP_TO = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder to land, read recursively.")
    Path from;

    @Option(names = "--ingest-time", paramLabel = "INSTANT",
        description = "Ingest time of every file, ISO-8601 (e.g. 2026-11-27T14:30:12Z), cut to whole seconds; "
            + "default: now. Fixes raw names and validation for replays and tests.")
    String ingestTime;

    @Option(names = {"-v", "--verbose"}, description = "One line per file, however many there are.")
    boolean verbose;

    public IngestCommand() {
    }

    @Override
    public Integer call() {
        Instant at = ingestInstant();
        if (!Files.isDirectory(from)) {
            throw new UsageException("--from " + from + " is not a folder");
        }
        TributaryConfig config = configOptions.config();
        LakePaths lake = LakePaths.from(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceFolder.SourceFile> files;
        try {
            files = SourceFolder.list(from);
        } catch (IOException e) {
            throw new JobFailedException("cannot list " + from + ": " + e.getMessage(), e);
        }
        IngestTotals totals = new IngestTotals(files.size(), System.nanoTime());
        boolean eachFile = verbose || files.size() <= LIST_EACH_FILE_UP_TO;
        FileLander lander = new FileLander(fileSystem(lake, config), lake, at);
        for (SourceFolder.SourceFile file : files) {
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
        out.println("ingest: " + totals.summary() + "; ingest time " + at);
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

    private Instant ingestInstant() {
        if (ingestTime == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(ingestTime).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new UsageException("--ingest-time '" + ingestTime + "' is not an ISO-8601 instant such as 2026-11-27T14:30:12Z");
        }
    }

    private static FileSystem fileSystem(LakePaths lake, TributaryConfig config) {
        try {
            return FileSystem.get(lake.root().toUri(), HadoopSettings.from(config));
        } catch (IOException e) {
            throw new JobFailedException("cannot reach the lake at " + lake.root() + ": " + e.getMessage(), e);
        }
    }
}
