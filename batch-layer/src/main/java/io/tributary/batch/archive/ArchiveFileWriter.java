package io.tributary.batch.archive;

import io.tributary.core.io.KafkaArchiveFormat;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one {@code .kafka.gz} archive file and hashes it while writing (the landing catalogue's key), so the file
 * is never read back to be named. Gzip from the JDK with its default level writes no time stamp: the same messages
 * give the same bytes, hence the same content hash, on a rerun.
 */
final class ArchiveFileWriter implements AutoCloseable {

    private final MessageDigest sha = newDigest();
    private final CountingStream counted;
    private final GZIPOutputStream gzip;
    private final OutputStream out;
    private long records;
    private boolean closed;
    private String hash;

    ArchiveFileWriter(OutputStream file, String topic) throws IOException {
        counted = new CountingStream(new DigestOutputStream(file, sha));
        gzip = new GZIPOutputStream(counted, 64 * 1024);
        out = new BufferedOutputStream(gzip, 256 * 1024);
        out.write(KafkaArchiveFormat.header(topic));
    }

    void write(int partition, long offset, long timestampMillis, byte[] value) throws IOException {
        out.write(KafkaArchiveFormat.line(partition, offset, timestampMillis, value));
        records++;
    }

    long records() {
        return records;
    }

    /** The file's SHA-256 (hex); valid after {@link #close()}. */
    String sha256() {
        if (!closed) {
            throw new IllegalStateException("not closed yet");
        }
        return hash;
    }

    long bytes() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            out.close();
            closed = true;
            hash = HexFormat.of().formatHex(sha.digest());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
