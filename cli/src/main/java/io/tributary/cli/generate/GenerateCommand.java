package io.tributary.cli.generate;

import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary generate}: a deterministic synthetic data set and its manifest of expected counts. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Deterministic synthetic inputs in every format (JSON lines, CSV, POS log, gzipped, a Kafka stream file, "
        + "customer change files), plus manifest.json with the counts a correct pipeline must report.",
        "Same options, same bytes. Layout and counts: docs/GENERATOR.md."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write into; must not exist or be empty (see --overwrite).")
    Path out;

    @Option(names = "--events", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_EVENTS,
        description = "Transaction records to write, all kinds together (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_CUSTOMERS,
        description = "Customers that make transactions (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_DAYS,
        description = "Ingest days, one folder each (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
        description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duplicate-rate", paramLabel = "R", defaultValue = "" + GeneratorSettings.DEFAULT_DUPLICATE_RATE,
        description = "Share of records that re-send an earlier event, a quarter of them with another amount (default: ${DEFAULT-VALUE}).")
    double duplicateRate;

    @Option(names = "--invalid-rate", paramLabel = "R", defaultValue = "" + GeneratorSettings.DEFAULT_INVALID_RATE,
        description = "Share of records broken in one way, every reason code of the contract (default: ${DEFAULT-VALUE}).")
    double invalidRate;

    @Option(names = "--late-rate", paramLabel = "R", defaultValue = "" + GeneratorSettings.DEFAULT_LATE_RATE,
        description = "Share of new events whose event time is 1 to 3 days before their ingest day (default: ${DEFAULT-VALUE}).")
    double lateRate;

    @Option(names = "--kafka-share", paramLabel = "R", defaultValue = "" + GeneratorSettings.DEFAULT_KAFKA_SHARE,
        description = "Share of records that go to the Kafka stream file instead of the day files (default: ${DEFAULT-VALUE}).")
    double kafkaShare;

    @Option(names = "--start-date", paramLabel = "D", defaultValue = GeneratorSettings.DEFAULT_START_DATE,
        description = "First ingest day, YYYY-MM-DD (default: ${DEFAULT-VALUE}).")
    LocalDate startDate;

    @Option(names = "--overwrite",
        description = "Replace a data set generated before in --out (only a folder that holds a generator manifest).")
    boolean overwrite;

    @Override
    public Integer call() {
        GeneratorSettings settings = new GeneratorSettings(out, events, customers, days, seed, duplicateRate, invalidRate,
            lateRate, kafkaShare, startDate);
        try {
            settings.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            prepareOutput();
            long started = System.nanoTime();
            DatasetGenerator.Summary summary = new DatasetGenerator(settings, progressPrinter(err, started)).run();
            double seconds = (System.nanoTime() - started) / 1e9;
            stdout.printf(Locale.ROOT, "generated %d records in %d files under %s in %.1f s; expected counts: %s%n",
                summary.records(), summary.files(), out, seconds, summary.manifest());
            stdout.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            throw new JobFailedException("cannot write the data set under " + out + ": " + e.getMessage(), e);
        }
    }

    /** One plain line per tenth: records, share, rate, bytes, time left. */
    static ProgressListener progressPrinter(PrintWriter err, long startedNanos) {
        return (done, total, bytes) -> {
            double seconds = Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
            double rate = done / seconds;
            double eta = rate > 0 ? (total - done) / rate : 0;
            err.printf(Locale.ROOT, "generate: %d/%d records (%d%%), %.0f records/s, %.1f MB, ETA %.0f s%n",
                done, total, done * 100 / total, rate, bytes / 1e6, eta);
            err.flush();
        };
    }

    private void prepareOutput() throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!overwrite) {
            throw new UsageException("--out " + out + " is not empty; choose another folder or add --overwrite");
        }
        if (!Files.exists(out.resolve(DatasetGenerator.MANIFEST))) {
            throw new UsageException("--out " + out + " holds no generated data set (no manifest.json); --overwrite only replaces one");
        }
        // Remove what a generator run writes, and nothing else.
        Files.delete(out.resolve(DatasetGenerator.MANIFEST));
        for (String dir : new String[] {"transactions", "customers", "kafka"}) {
            deleteTree(out.resolve(dir));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
