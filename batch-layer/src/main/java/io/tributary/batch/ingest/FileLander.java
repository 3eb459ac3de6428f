package io.tributary.batch.ingest;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.io.FileFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lands one file (local, or on a Hadoop file system) into the raw zone, unchanged.
 *
 * <p>Order of steps, and why:
 * <ol>
 *   <li>Copy to a hidden temporary file in {@code raw/_landing}, computing the SHA-256 while copying (the file is
 *       read once and never held in memory).</li>
 *   <li>When a landing record for that hash exists, delete the copy: landing is idempotent by content.</li>
 *   <li>Rename the copy to {@code <stamp>-<sha12>-<name>} in its partition: a reader never sees half a file.</li>
 *   <li>Write the landing record last. A crash before it leaves a raw file that no record names: nothing reads it
 *       (the index job works from the records), and landing the file again lands it properly.</li>
 * </ol>
 * A file is copied even when it turns out to be landed already: hashing while copying reads each new file once,
 * which is the common case; re-landing a folder costs one write per file.
 *
 * <p>One landing at a time per lake (the scheduler's job): two concurrent landings of the same new content could
 * both land it.
 */
public final class FileLander {

    private static final Logger LOG = LoggerFactory.getLogger(FileLander.class);
    private static final int COPY_BUFFER = 1 << 20;
    /** The raw zone's source partition for files (Kafka archives use {@code kafka}). */
    static final String FILES_SOURCE = "files";

    private final FileSystem fs;
    private final LakePaths lake;
    private final LandingCatalog catalog;
    private final Instant ingestTime;
    private final byte[] buffer = new byte[COPY_BUFFER];

    /**
     * @param ingestTime the ingest time of every file landed by this instance, whole seconds
     */
    public FileLander(FileSystem fs, LakePaths lake, Instant ingestTime) {
        if (ingestTime.getNano() != 0) {
            throw new IllegalArgumentException("ingest time must have whole seconds: " + ingestTime);
        }
        this.fs = fs;
        this.lake = lake;
        this.catalog = new LandingCatalog(fs, lake);
        this.ingestTime = ingestTime;
    }

    /**
     * Lands {@code file}, whose format is {@code format}.
     *
     * @param source the file's name relative to the source folder, for messages
     * @throws IOException when the file cannot be read or the lake cannot be written
     */
    public LandingOutcome land(java.nio.file.Path file, String source, FileFormat format) throws IOException {
        return land(() -> Files.newInputStream(file), file.getFileName().toString(),
            file.toAbsolutePath().normalize().toString(), source, format);
    }

    /** Opens a file to land, once per read: the kind check reads its first line, the copy all of it. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Lands a file read through {@code opener}: a local file, or one on a Hadoop file system (a landing folder on
     * HDFS).
     *
     * @param name     the file's name
     * @param origin   where it was read, recorded in the landing catalogue
     * @param source   the file's name relative to the source folder, for messages
     */
    public LandingOutcome land(Opener opener, String name, String origin, String source, FileFormat format)
        throws IOException {
        LandedKind kind = ChangeFileDetector.kindOf(opener, format);
        String tempId = UUID.randomUUID().toString();
        Path temp = new Path(catalog.workDir(), "_tmp-" + tempId + "-" + name);
        Copied copied;
        try {
            copied = copy(opener, temp);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        var earlier = catalog.find(copied.sha256());
        if (earlier.isPresent()) {
            fs.delete(temp, false);
            LOG.info("{} already landed as {}", source, earlier.get().rawPath());
            return new LandingOutcome(source, LandingOutcome.Status.ALREADY_LANDED, earlier.get(), copied.bytes());
        }
        Path target = new Path(partition(kind), RawFileName.of(ingestTime, copied.sha256(), name).toString());
        try {
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        LandedFile record = new LandedFile(copied.sha256(), origin,
            target.toUri().getPath(), kind, copied.bytes(), ingestTime);
        if (!catalog.add(record, tempId)) {
            // Another landing recorded the same content meanwhile; ours is an unrecorded copy nobody reads.
            LOG.warn("{} was landed concurrently; {} is an unrecorded duplicate", source, target);
        }
        LOG.info("landed {} -> {} ({} bytes, sha256 {})", source, target, copied.bytes(), copied.sha256());
        return new LandingOutcome(source, LandingOutcome.Status.LANDED, record, copied.bytes());
    }

    /** The folder of a file of that kind landed now: by ingest hour for transactions, by ingest day for customers. */
    private Path partition(LandedKind kind) {
        ZonedDateTime at = ingestTime.atZone(ZoneOffset.UTC);
        LocalDate day = at.toLocalDate();
        return kind == LandedKind.CUSTOMERS
            ? lake.rawCustomersDay(day)
            : lake.rawTransactionsHour(FILES_SOURCE, day, at.getHour());
    }

    private Copied copy(Opener opener, Path temp) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        try (InputStream in = opener.open(); FSDataOutputStream out = fs.create(temp, true)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
                bytes += n;
            }
        }
        return new Copied(HexFormat.of().formatHex(sha.digest()), bytes);
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        fs.mkdirs(target.getParent());
        if (fs.rename(temp, target)) {
            return;
        }
        // The same name means the same content and ingest time: a landing that stopped before its record.
        if (fs.exists(target)) {
            fs.delete(temp, false);
            return;
        }
        throw new IOException("cannot rename " + temp + " to " + target);
    }

    private void deleteQuietly(Path temp) {
        try {
            fs.delete(temp, false);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary file {}: {}", temp, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Copied(String sha256, long bytes) {
    }
}
