package io.tributary.batch.ingest;

import io.tributary.core.io.FileFormat;
import io.tributary.core.io.RecordFormat;
import io.tributary.core.parse.CsvHeader;
import io.tributary.core.parse.CustomerChangeCsvParser;
import io.tributary.core.parse.RecordParser;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Tells customer change files from transaction files. Both can be CSV, so the extension is not enough: a CSV file
 * whose first line is exactly the CDC header ({@code op,customer_id,name,email,country,segment,updated_at}) holds
 * customer changes, also when gzipped. Only the first line is read.
 */
final class ChangeFileDetector {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ChangeFileDetector() {
    }

    /**
     * The kind of a file with a contract extension. A file whose first line cannot be read (a broken gzip stream)
     * is a transaction file: the index job then reports it as {@code CORRUPT_FILE}, so it is not lost.
     */
    static LandedKind kindOf(Path file, FileFormat format) throws IOException {
        return kindOf(() -> Files.newInputStream(file), format);
    }

    /** {@link #kindOf(Path, FileFormat)} for a file read through {@code source} (a local or a Hadoop file). */
    static LandedKind kindOf(FileLander.Opener source, FileFormat format) throws IOException {
        if (format.format() != RecordFormat.CSV) {
            return LandedKind.TRANSACTIONS;
        }
        Optional<byte[]> firstLine;
        try (InputStream raw = source.open()) {
            firstLine = firstLine(new BufferedInputStream(format.gzip() ? new GZIPInputStream(raw, 8192) : raw));
        } catch (ZipException | EOFException e) {
            return LandedKind.TRANSACTIONS;
        }
        return firstLine.filter(ChangeFileDetector::isChangeHeader).isPresent()
            ? LandedKind.CUSTOMERS : LandedKind.TRANSACTIONS;
    }

    static boolean isChangeHeader(byte[] line) {
        int off = startsWith(line, UTF8_BOM) ? UTF8_BOM.length : 0;
        int end = line.length;
        if (end > off && line[end - 1] == '\r') {
            end--;
        }
        return CsvHeader.matches(line, off, end - off, CustomerChangeCsvParser.HEADER);
    }

    /** The bytes before the first LF (at most the record size limit), or empty for an empty file. */
    private static Optional<byte[]> firstLine(InputStream in) throws IOException {
        byte[] buffer = new byte[RecordParser.MAX_RECORD_BYTES];
        int n = 0;
        int b;
        while (n < buffer.length && (b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            buffer[n++] = (byte) b;
        }
        return n == 0 ? Optional.empty() : Optional.of(Arrays.copyOf(buffer, n));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
