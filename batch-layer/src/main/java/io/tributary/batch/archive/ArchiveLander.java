package io.tributary.batch.archive;

import io.tributary.batch.ingest.LandedFile;
import io.tributary.batch.ingest.LandedKind;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.ingest.RawFileName;
import io.tributary.batch.lake.LakePaths;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lands an archive file the job wrote (already in the lake's file system, hashed while written) the way
 * {@code ingest.FileLander} lands a local file: named {@code <stamp>-<sha12>-<name>} in
 * {@code raw/transactions/source=kafka/ingest_date=D/ingest_hour=H/}, renamed into place, landing record last.
 * Content already landed (a redone run) is not landed twice.
 */
final class ArchiveLander {

    static final String KAFKA_SOURCE = "kafka";

    private final FileSystem fs;
    private final LakePaths lake;
    private final LandingCatalog catalog;

    ArchiveLander(FileSystem fs, LakePaths lake) {
        this.fs = fs;
        this.lake = lake;
        this.catalog = new LandingCatalog(fs, lake);
    }

    /** Lands {@code file} (content hash {@code sha256}) as the file of {@code range}; returns its raw path. */
    String land(Path file, OffsetRange range, String sha256, long bytes, Instant ingestTime) throws IOException {
        Optional<LandedFile> earlier = catalog.find(sha256);
        if (earlier.isPresent()) {
            fs.delete(file, false);
            return earlier.get().rawPath();
        }
        ZonedDateTime at = ingestTime.atZone(ZoneOffset.UTC);
        Path target = new Path(lake.rawTransactionsHour(KAFKA_SOURCE, at.toLocalDate(), at.getHour()),
            RawFileName.of(ingestTime, sha256, range.fileName()).toString());
        fs.mkdirs(target.getParent());
        if (!fs.rename(file, target)) {
            // Same name = same content and ingest time: a redone run whose landing stopped before the record.
            if (!fs.exists(target)) {
                throw new IOException("cannot rename " + file + " to " + target);
            }
            fs.delete(file, false);
        }
        String rawPath = target.toUri().getPath();
        catalog.add(new LandedFile(sha256, range.describe(), rawPath, LandedKind.TRANSACTIONS, bytes, ingestTime),
            "archive-" + sha256);
        return rawPath;
    }
}
