package io.tributary.core.io;

import io.tributary.core.parse.RecordParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts a byte stream into records with their position, in bounded memory.
 *
 * <p>A record ends at a line feed; a carriage return right before it (CRLF) belongs to the terminator. Neither is
 * part of the record's bytes. A last line without a line feed is a record too. With CSV quoting on, a line
 * feed inside double quotes does not end the record, so a CSV record may span lines.
 *
 * <p>Choices:
 * <ul>
 *   <li>Lines that are empty or hold only spaces, tabs and carriage returns are skipped: they are not records,
 *       are not counted as read and only show in {@link #blankLinesSkipped()}. Generators and editors leave them
 *       (a trailing empty line), and no format gives them a meaning.</li>
 *   <li>A UTF-8 byte order mark at the start of the stream is skipped; offsets still count it.</li>
 *   <li>A record longer than the limit (64 KiB by default, excluding the terminator) is reported as too large
 *       with its first 64 KiB; exactly the limit is fine. The framer never holds more than the limit plus one
 *       read chunk: once a record has passed the limit without ending, the rest of it is skipped up to the next
 *       line feed, and for CSV that line feed ends the record even inside quotes. This bounds what an unbalanced
 *       quote can swallow and lets the next line start fresh.</li>
 *   <li>Line numbers are 1-based and count every line feed, including those inside quoted CSV fields. Byte
 *       offsets are those of the (decompressed) stream.</li>
 * </ul>
 *
 * <p>After {@link #next()} returned true, the record is {@code buffer()[recordOffset(), recordOffset()+recordLength())};
 * the slice is valid until the next call. Not thread-safe.
 */
public final class RecordFramer {

    /** The contract's record size limit: 64 KiB. */
    public static final int MAX_RECORD_BYTES = RecordParser.MAX_RECORD_BYTES;

    private static final int READ_CHUNK = 64 * 1024;

    private final InputStream in;
    private final boolean csvQuoting;
    private final int maxRecordBytes;
    private final byte[] buf;
    private int start;
    private int limit;
    private long base;
    private boolean eof;
    private boolean startChecked;
    private long nextLine = 1;
    private long blankLines;

    private byte[] recordBuffer;
    private int recordOffset;
    private int recordLength;
    private long recordLine;
    private long recordByteOffset;
    private long fullLength;
    private boolean tooLarge;

    public RecordFramer(InputStream in, boolean csvQuoting) {
        this(in, csvQuoting, MAX_RECORD_BYTES);
    }

    public RecordFramer(InputStream in, boolean csvQuoting, int maxRecordBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.csvQuoting = csvQuoting;
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
        this.buf = new byte[maxRecordBytes + 2 + READ_CHUNK];
    }

    /** Moves to the next record; false at the end of the stream. Throws what the stream throws. */
    public boolean next() throws IOException {
        if (!startChecked) {
            skipByteOrderMark();
            startChecked = true;
        }
        while (frame()) {
            if (tooLarge || !isBlank()) {
                return true;
            }
            blankLines++;
        }
        return false;
    }

    /** The buffer holding the current record (for a too-large record, a copy of its first bytes). */
    public byte[] buffer() {
        return recordBuffer;
    }

    public int recordOffset() {
        return recordOffset;
    }

    /** Length of the record's bytes in {@link #buffer()}: the whole record, or the limit for a too-large one. */
    public int recordLength() {
        return recordLength;
    }

    /** 1-based line number of the record's first line. */
    public long line() {
        return recordLine;
    }

    /** Offset in the stream of the record's first byte. */
    public long byteOffset() {
        return recordByteOffset;
    }

    /** True when the record is longer than the limit; {@link #buffer()} then holds its first bytes only. */
    public boolean isTooLarge() {
        return tooLarge;
    }

    /** The record's full length in bytes, without the terminator (differs from recordLength() when too large). */
    public long fullLength() {
        return fullLength;
    }

    public long blankLinesSkipped() {
        return blankLines;
    }

    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** Line number the next record would start on: where reading stopped, after a failure. */
    public long nextLine() {
        return nextLine;
    }

    /** Stream offset where the next record would start: where reading stopped, after a failure. */
    public long nextByteOffset() {
        return base + start;
    }

    /**
     * The bytes read but not yet framed, at most the limit: after the stream failed, the beginning of the record
     * that could not be finished.
     */
    public byte[] unframedBytes() {
        return Arrays.copyOfRange(buf, start, Math.min(limit, start + maxRecordBytes));
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            start = 3;
        }
    }

    private boolean isBlank() {
        for (int i = recordOffset, end = recordOffset + recordLength; i < end; i++) {
            byte c = recordBuffer[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean frame() throws IOException {
        int scan = start;
        boolean quoted = false;
        int innerLines = 0;
        while (true) {
            int scanLimit = Math.min(limit, start + maxRecordBytes + 2);
            int lf = -1;
            if (csvQuoting) {
                for (; scan < scanLimit; scan++) {
                    byte c = buf[scan];
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == '\n') {
                        if (!quoted) {
                            lf = scan;
                            break;
                        }
                        innerLines++;
                    }
                }
            } else {
                for (; scan < scanLimit; scan++) {
                    if (buf[scan] == '\n') {
                        lf = scan;
                        break;
                    }
                }
            }
            if (lf >= 0) {
                emit(contentEnd(lf), innerLines);
                start = lf + 1;
                return true;
            }
            if (scan - start >= maxRecordBytes + 2) {
                skipRestOfTooLargeRecord(scan, innerLines);
                return true;
            }
            if (eof) {
                if (start == limit) {
                    return false;
                }
                emit(contentEnd(limit), innerLines);
                start = limit;
                return true;
            }
            scan -= fill();
        }
    }

    /** End of the record's bytes given the index of its terminator (line feed or end of data). */
    private int contentEnd(int terminator) {
        return terminator > start && buf[terminator - 1] == '\r' ? terminator - 1 : terminator;
    }

    private void emit(int contentEnd, int innerLines) {
        int length = contentEnd - start;
        recordLine = nextLine;
        recordByteOffset = base + start;
        fullLength = length;
        tooLarge = length > maxRecordBytes;
        if (tooLarge) {
            recordBuffer = Arrays.copyOfRange(buf, start, start + maxRecordBytes);
            recordOffset = 0;
            recordLength = maxRecordBytes;
        } else {
            recordBuffer = buf;
            recordOffset = start;
            recordLength = length;
        }
        nextLine += 1 + innerLines;
    }

    /** The record has passed the limit without ending: keep its first bytes, skip the rest up to a line feed. */
    private void skipRestOfTooLargeRecord(int scan, int innerLines) throws IOException {
        recordBuffer = Arrays.copyOfRange(buf, start, start + maxRecordBytes);
        recordOffset = 0;
        recordLength = maxRecordBytes;
        recordLine = nextLine;
        recordByteOffset = base + start;
        tooLarge = true;
        long length = scan - start;
        boolean lastWasCr = buf[scan - 1] == '\r';
        while (true) {
            int from = scan;
            for (; scan < limit; scan++) {
                if (buf[scan] == '\n') {
                    length += scan - from;
                    if (scan > from) {
                        lastWasCr = buf[scan - 1] == '\r';
                    }
                    fullLength = lastWasCr ? length - 1 : length;
                    start = scan + 1;
                    nextLine += 1 + innerLines;
                    return;
                }
            }
            length += limit - from;
            if (limit > from) {
                lastWasCr = buf[limit - 1] == '\r';
            }
            if (eof) {
                fullLength = lastWasCr ? length - 1 : length;
                start = limit;
                nextLine += 1 + innerLines;
                return;
            }
            // Nothing of this record is needed any more: drop the whole buffer.
            base += limit;
            start = 0;
            limit = 0;
            scan = 0;
            fill();
        }
    }

    /** Moves the unframed bytes to the front, reads more; returns by how much indexes moved. Sets eof. */
    private int fill() throws IOException {
        int shift = start;
        if (shift > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            base += shift;
            limit -= shift;
            start = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return shift;
    }
}
