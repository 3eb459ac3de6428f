package io.tributary.cli.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a whole data set: the customer change files, each ingest day's transaction files, the
 * Kafka stream file, and last the manifest (a folder without manifest.json is incomplete).
 * Memory is constant in the number of events: records are written as they are made.
 */
public final class DatasetGenerator {
    static final String MANIFEST = "manifest.json";
    static final String KAFKA_FILE = "kafka/transactions.jsonl";

    private final GeneratorSettings settings;
    private final ProgressListener listener;

    public DatasetGenerator(GeneratorSettings settings, ProgressListener listener) {
        settings.validate();
        this.settings = settings;
        this.listener = listener;
    }

    static String transactionPath(LocalDate date, Destination d) {
        return "transactions/ingest_date=" + date + "/" + d.fileName;
    }

    /** Generates everything under {@code settings.out()}; returns the manifest's totals. */
    public Summary run() throws IOException {
        Path root = settings.out();
        Files.createDirectories(root);
        CustomerUniverse universe = new CustomerUniverse(settings.seed(), settings.customers(), settings.days());
        CustomerChangeFiles changes = new CustomerChangeFiles(new CustomerChangePlan(universe, settings.startDate()),
            settings.startDate());
        List<Map<String, Object>> customerFiles = changes.writeAll(root);

        Progress progress = new Progress(settings.events(), listener);
        List<OutputFile> files = new ArrayList<>();
        List<Map<String, Object>> kafkaBlocks = new ArrayList<>();
        OutputFile kafka;
        try (BackgroundWriter writer = new BackgroundWriter()) {
            kafka = new OutputFile(root, KAFKA_FILE, Destination.KAFKA, null, writer, progress);
            TransactionGenerator generator = new TransactionGenerator(settings, universe, kafka, progress);
            for (int day = 0; day < settings.days(); day++) {
                LocalDate date = settings.startDate().plusDays(day);
                long kafkaBefore = kafka.counts.read;
                Map<Destination, OutputFile> dayFiles = openDay(root, date, writer, progress);
                generator.writeDay(day, EventTimes.dayStartMillis(date), dayFiles);
                for (OutputFile f : dayFiles.values()) {
                    f.close();
                }
                files.addAll(dayFiles.values());
                kafkaBlocks.add(kafkaBlock(date, kafkaBefore, kafka.counts.read));
            }
            kafka.close();
        }
        files.add(kafka);
        ManifestBuilder manifest = new ManifestBuilder(settings, universe);
        String json = Json.write(manifest.build(files, kafkaBlocks, customerFiles, changes.expectedDimension()));
        Path tmp = root.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(files.size() + customerFiles.size(), manifest.total(files), root.resolve(MANIFEST));
    }

    private static Map<String, Object> kafkaBlock(LocalDate date, long before, long after) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("ingest_date", date.toString());
        block.put("first_line", before + 1);
        block.put("lines", after - before);
        return block;
    }

    private static Map<Destination, OutputFile> openDay(Path root, LocalDate date, BackgroundWriter writer, Progress progress)
        throws IOException {
        Map<Destination, OutputFile> files = new EnumMap<>(Destination.class);
        for (Destination d : Destination.FILES) {
            OutputFile f = new OutputFile(root, transactionPath(date, d), d, date, writer, progress);
            if (d.format == LineFormat.CSV) {
                LineBuilder header = new LineBuilder();
                header.append(CsvLineRenderer.HEADER);
                f.writeLine(header);
            }
            files.put(d, f);
        }
        return files;
    }

    /** What the command prints at the end. */
    public record Summary(int files, long records, Path manifest) {
    }
}
