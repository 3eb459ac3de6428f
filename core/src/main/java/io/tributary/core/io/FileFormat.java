package io.tributary.core.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The format of a file, told by its name as the contract says: {@code .jsonl}, {@code .json}, {@code .csv},
 * {@code .log}, each optionally followed by {@code .gz}; and the raw zone's own Kafka archives, {@code .kafka}
 * ({@link KafkaArchiveFormat}), optionally {@code .gz} too. Extensions are matched case-insensitively
 * ({@code DAY1.CSV.GZ} is a gzipped CSV file). A {@code .json} file is read as JSON lines too: one object per line.
 *
 * @param format how records are written
 * @param gzip   whether the content is gzip-compressed
 */
public record FileFormat(RecordFormat format, boolean gzip) {

    public FileFormat {
        Objects.requireNonNull(format, "format");
    }

    /** The format of a file name or path, or empty when the extension is not one of the contract's. */
    public static Optional<FileFormat> of(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
            .toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        RecordFormat format;
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            format = RecordFormat.JSON_LINES;
        } else if (name.endsWith(".csv")) {
            format = RecordFormat.CSV;
        } else if (name.endsWith(".log")) {
            format = RecordFormat.POS_LOG;
        } else if (name.endsWith(KafkaArchiveFormat.EXTENSION)) {
            format = RecordFormat.KAFKA_ARCHIVE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new FileFormat(format, gzip));
    }
}
