package io.tributary.speed.app;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file's lines as exact bytes (no decoding: a line that is not valid UTF-8 must reach the topic as it is,
 * so the speed layer can reject it). Lines end with {@code \n}; a trailing {@code \r} is kept (it is data).
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);

    LineReader(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        this.in = file.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(raw), 1 << 16) : raw;
    }

    /** The next line without its terminator, or null at the end. */
    byte[] next() throws IOException {
        line.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                return line.toByteArray();
            }
            line.write(b);
        }
        return any ? Arrays.copyOf(line.toByteArray(), line.size()) : null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
