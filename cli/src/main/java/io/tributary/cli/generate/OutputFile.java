package io.tributary.cli.generate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One generated transaction file with the counts the manifest reports for it. Lines are collected
 * into chunks that the {@link BackgroundWriter} compresses and writes.
 */
final class OutputFile implements Closeable {
    private static final int GZIP_BUFFER = 1 << 16;

    final String relativePath;
    final Destination destination;
    /** The ingest day of a file; null for the Kafka stream, which spans all days. */
    final LocalDate ingestDate;
    final OutcomeCounts counts = new OutcomeCounts();
    final EventDateTotals curatedByDate = new EventDateTotals();
    private final Path path;
    private final OutputStream out;
    private final BackgroundWriter writer;
    private final Progress progress;
    private byte[] chunk;
    private int used;
    private long uncompressedBytes;

    OutputFile(Path root, String relativePath, Destination destination, LocalDate ingestDate, BackgroundWriter writer,
               Progress progress) throws IOException {
        this.relativePath = relativePath;
        this.destination = destination;
        this.ingestDate = ingestDate;
        this.writer = writer;
        this.progress = progress;
        this.path = root.resolve(relativePath);
        Files.createDirectories(path.getParent());
        OutputStream file = Files.newOutputStream(path);
        // GZIPOutputStream writes a zero modification time, so gzipped files are reproducible too.
        this.out = destination.gzip ? new GZIPOutputStream(file, GZIP_BUFFER) : new BufferedOutputStream(file, GZIP_BUFFER);
    }

    void writeLine(LineBuilder line) throws IOException {
        line.ascii('\n');
        byte[] bytes = line.toBytes();
        int length = bytes.length;
        int written = 0;
        while (written < length) {
            if (chunk == null) {
                chunk = writer.takeChunk();
                used = 0;
            }
            int n = Math.min(length - written, chunk.length - used);
            System.arraycopy(bytes, written, chunk, used, n);
            used += n;
            written += n;
            if (used == chunk.length) {
                flushChunk();
            }
        }
        uncompressedBytes += length;
        progress.addBytes(length);
        line.clear();
    }

    private void flushChunk() throws IOException {
        writer.write(out, chunk, used);
        chunk = null;
        used = 0;
    }

    /** Queues the rest and the close; the file is complete once the writer is closed. */
    @Override
    public void close() throws IOException {
        if (chunk != null) {
            flushChunk();
        }
        writer.close(out);
    }

    /** The manifest entry; call after the writer has finished. */
    Map<String, Object> toJson() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", relativePath);
        m.put("source", destination.isKafka() ? "kafka" : "files");
        m.put("format", destination.format.name().toLowerCase(java.util.Locale.ROOT));
        m.put("compressed", destination.gzip);
        if (ingestDate != null) {
            m.put("ingest_date", ingestDate.toString());
        }
        m.put("bytes", Files.size(path));
        m.put("uncompressed_bytes", uncompressedBytes);
        m.putAll(counts.toJson());
        return m;
    }
}
