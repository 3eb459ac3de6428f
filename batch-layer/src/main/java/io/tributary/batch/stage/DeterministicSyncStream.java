package io.tributary.batch.stage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Makes a SequenceFile's bytes a function of its content: replaces the writer's random sync marker by a fixed one.
 *
 * <p>{@code SequenceFile.Writer} draws a 16-byte sync marker from the clock and a random id, writes it at the end
 * of the header and again before every compressed block, and offers no way to choose it. A rerun of the index job
 * must rewrite the same bytes (idempotence is checked by checksums), so this stream sits between the writer and the
 * file: it holds the header back until {@link #headerWritten()}, learns the random marker from the header's last 16
 * bytes, and from then on writes the fixed marker wherever the writer writes the random one. The writer writes the
 * marker with one call of exactly 16 bytes; any other 16-byte write equal to a random 128-bit value is practically
 * impossible. Readers take the marker from the header, so the files read as any other SequenceFile.
 */
final class DeterministicSyncStream extends OutputStream {

    static final int SYNC_SIZE = 16;
    private static final byte[] MAGIC = "SEQ".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] fixedSync;
    private ByteArrayOutputStream header = new ByteArrayOutputStream(256);
    private byte[] randomSync;
    private long markersReplaced;

    DeterministicSyncStream(OutputStream out, byte[] fixedSync) {
        if (fixedSync.length != SYNC_SIZE) {
            throw new IllegalArgumentException("a sync marker has " + SYNC_SIZE + " bytes");
        }
        this.out = out;
        this.fixedSync = fixedSync.clone();
    }

    /** Call once the SequenceFile writer is constructed (it writes its whole header in the constructor). */
    void headerWritten() throws IOException {
        if (header == null) {
            throw new IllegalStateException("header already written");
        }
        byte[] h = header.toByteArray();
        if (h.length < MAGIC.length + SYNC_SIZE || !Arrays.equals(h, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a SequenceFile header (" + h.length + " bytes)");
        }
        randomSync = Arrays.copyOfRange(h, h.length - SYNC_SIZE, h.length);
        System.arraycopy(fixedSync, 0, h, h.length - SYNC_SIZE, SYNC_SIZE);
        header = null;
        out.write(h);
        markersReplaced++;
    }

    /** Sync markers written so far (the header's included). */
    long markersReplaced() {
        return markersReplaced;
    }

    @Override
    public void write(int b) throws IOException {
        if (header != null) {
            header.write(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (header != null) {
            header.write(b, off, len);
        } else if (len == SYNC_SIZE && Arrays.equals(b, off, off + SYNC_SIZE, randomSync, 0, SYNC_SIZE)) {
            out.write(fixedSync);
            markersReplaced++;
        } else {
            out.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        if (header == null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (header != null) {
            throw new IOException("closed before the SequenceFile header was complete");
        }
        out.close();
    }
}
