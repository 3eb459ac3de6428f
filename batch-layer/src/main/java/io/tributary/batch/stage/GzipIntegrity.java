package io.tributary.batch.stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a gzip file to its end once before it is indexed. A damaged file is quarantined whole: a
 * file that is truncated or corrupt somewhere cannot be trusted before the damage either (a bad
 * copy, a half-written upload), and an operator fixes it by landing a good copy.
 */
final class GzipIntegrity {
    private GzipIntegrity() {
    }

    /** True when the whole stream decompresses and every member's checksum matches. */
    static boolean isIntact(FileSystem fs, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new GZIPInputStream(fs.open(file), buffer.length)) {
            while (in.read(buffer) >= 0) {
                // only reading to the end matters
            }
            return true;
        } catch (ZipException | java.io.EOFException damaged) {
            return false;
        }
    }
}
