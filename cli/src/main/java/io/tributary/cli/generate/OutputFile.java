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

/** One generated transaction file with the counts the manifest reports for it. */
final class OutputFile implements Closeable {
    private static final int BUFFER = 1 << 16;

    final String relativePath;
    final Destination destination;
    /** The ingest day of a file; null for the Kafka stream, which spans all days. */
    final LocalDate ingestDate;
    final OutcomeCounts counts = new OutcomeCounts();
    final EventDateTotals curatedByDate = new EventDateTotals();
    private final Path path;
    private final OutputStream out;
    private final Progress progress;
    private long uncompressedBytes;

    OutputFile(Path root, String relativePath, Destination destination, LocalDate ingestDate, Progress progress)
        throws IOException {
        this.progress = progress;
        this.relativePath = relativePath;
        this.destination = destination;
        this.ingestDate = ingestDate;
        this.path = root.resolve(relativePath);
        Files.createDirectories(path.getParent());
        OutputStream file = Files.newOutputStream(path);
        // GZIPOutputStream writes a zero modification time, so gzipped files are reproducible too.
        this.out = destination.gzip ? new BufferedOutputStream(new GZIPOutputStream(file, BUFFER), BUFFER)
            : new BufferedOutputStream(file, BUFFER);
    }

    void writeLine(ByteLine line) throws IOException {
        line.ascii('\n');
        out.write(line.bytes(), 0, line.length());
        uncompressedBytes += line.length();
        progress.addBytes(line.length());
        line.clear();
    }

    long uncompressedBytes() {
        return uncompressedBytes;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

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
