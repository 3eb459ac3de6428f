package io.tributary.batch.archive;

import java.util.Objects;

/**
 * What one range gave: its record count and, when it had records, the landed file.
 *
 * @param range   the offsets copied
 * @param records messages read from the range (0: only aborted or compacted offsets, no file)
 * @param sha256  the landed file's content hash; null when there was no record
 * @param rawPath the landed file's path in the raw zone; null when there was no record
 * @param bytes   the file's size (0 without a file)
 */
public record ArchivedFile(OffsetRange range, long records, String sha256, String rawPath, long bytes) {

    public ArchivedFile {
        Objects.requireNonNull(range, "range");
        if (records < 0 || records > range.size()) {
            throw new IllegalArgumentException(range.describe() + " cannot hold " + records + " records");
        }
        if ((records == 0) != (sha256 == null) || (sha256 == null) != (rawPath == null)) {
            throw new IllegalArgumentException(range.describe() + ": a file exactly when there are records");
        }
    }

    public boolean hasFile() {
        return sha256 != null;
    }
}
