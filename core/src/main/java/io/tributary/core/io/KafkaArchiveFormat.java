package io.tributary.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The raw zone's form of archived Kafka messages ({@code .kafka}, optionally {@code .kafka.gz}): text lines, so the
 * file is framed like every other landed file, that keep each message exactly, whatever bytes its value holds.
 *
 * <pre>
 * tributary-kafka-archive TAB 1 TAB &lt;topic&gt;                                  header, once, first line
 * &lt;partition&gt; TAB &lt;offset&gt; TAB &lt;timestamp ms&gt; TAB &lt;base64 of the value&gt;     one line per message
 * </pre>
 *
 * <ul>
 *   <li>The value is standard Base64 with padding (RFC 4648), so invalid UTF-8, line feeds or tabs in a value cannot
 *       break the framing. An empty value is an empty field; a null value (a tombstone) is {@value #NULL_VALUE}, a
 *       character Base64 never uses. Both are read back as zero bytes, which is what the speed layer parses for
 *       them.</li>
 *   <li>The topic is in the header, not on every line (it is the same for a whole file); the partition is on every
 *       line, which costs a few bytes and lets a file hold several partitions.</li>
 *   <li>The timestamp is the message's own (producer or broker time), in epoch milliseconds, possibly negative
 *       (Kafka's "no timestamp" is -1): it becomes the record's ingest time, as in the speed layer.</li>
 * </ul>
 * A record's position is {@code SourcePosition.ofKafka(topic, partition, offset, timestamp)}, exactly what the
 * speed layer gives the same message, so both layers elect the same dedup survivor.
 */
public final class KafkaArchiveFormat {

    /** The file extension (before an optional {@code .gz}). */
    public static final String EXTENSION = ".kafka";
    /** First field of the header line. */
    public static final String MAGIC = "tributary-kafka-archive";
    /** The layout version this class writes and reads. */
    public static final int VERSION = 1;
    /** The value field of a message whose value is null. */
    public static final String NULL_VALUE = "-";
    /**
     * Longest line the reader frames whole: Base64 of a 4 MiB value, plus the numbers. Kafka's default message size
     * limit is 1 MiB; a longer line is still read (its start gives the position) and rejected as too large.
     */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024 / 3 * 4 + 64;

    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private KafkaArchiveFormat() {
    }

    /** The header line of a file of {@code topic}'s messages, with its line feed. */
    public static byte[] header(String topic) {
        if (topic.isEmpty() || topic.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            throw new IllegalArgumentException("not a Kafka topic name: '" + topic + "'");
        }
        return (MAGIC + '\t' + VERSION + '\t' + topic + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /** One message's line, with its line feed; {@code value} may be null. */
    public static byte[] line(int partition, long offset, long timestampMillis, byte[] value) {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative: " + partition + ", " + offset);
        }
        String head = partition + "\t" + offset + "\t" + timestampMillis + "\t";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] v = value == null ? NULL_VALUE.getBytes(StandardCharsets.US_ASCII) : ENCODER.encode(value);
        byte[] out = new byte[h.length + v.length + 1];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(v, 0, out, h.length, v.length);
        out[out.length - 1] = '\n';
        return out;
    }

    /** The topic named by a header line (without its terminator), or empty when the bytes are not a header. */
    public static Optional<String> parseHeader(byte[] b, int off, int len) {
        String text = new String(b, off, len, StandardCharsets.UTF_8);
        String[] fields = text.split("\t", -1);
        if (fields.length != 3 || !fields[0].equals(MAGIC) || !fields[1].equals(Integer.toString(VERSION))
            || fields[2].isEmpty() || fields[2].chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return Optional.empty();
        }
        return Optional.of(fields[2]);
    }

    /**
     * One message read back.
     *
     * @param value the value's bytes; zero bytes for an empty or a null value
     * @param wasNull whether the value was null
     */
    public record Message(int partition, long offset, long timestampMillis, byte[] value, boolean wasNull) {
    }

    /** Why a line is not a message: thrown by {@link #parseLine} and {@link #parsePrefix}. */
    public static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads a message line (without its terminator). */
    public static Message parseLine(byte[] b, int off, int len) throws BadLine {
        int end = off + len;
        int[] cursor = {off};
        int partition = (int) number(b, cursor, end, "partition", Integer.MAX_VALUE, false);
        long offset = number(b, cursor, end, "offset", Long.MAX_VALUE, false);
        long timestamp = number(b, cursor, end, "timestamp", Long.MAX_VALUE, true);
        int valueStart = cursor[0];
        for (int i = valueStart; i < end; i++) {
            if (b[i] == '\t') {
                throw new BadLine("more than 4 tab-separated fields");
            }
        }
        if (end - valueStart == 1 && b[valueStart] == NULL_VALUE.charAt(0)) {
            return new Message(partition, offset, timestamp, new byte[0], true);
        }
        try {
            byte[] value = DECODER.decode(Arrays.copyOfRange(b, valueStart, end));
            return new Message(partition, offset, timestamp, value, false);
        } catch (IllegalArgumentException e) {
            throw new BadLine("the value is not Base64: " + e.getMessage());
        }
    }

    /**
     * Reads the start of a line too long to hold whole: the message's partition, offset and timestamp, and as much
     * of the value as {@code maxValueBytes} allows.
     */
    public static Message parsePrefix(byte[] b, int off, int len, int maxValueBytes) throws BadLine {
        int end = off + len;
        int[] cursor = {off};
        int partition = (int) number(b, cursor, end, "partition", Integer.MAX_VALUE, false);
        long offset = number(b, cursor, end, "offset", Long.MAX_VALUE, false);
        long timestamp = number(b, cursor, end, "timestamp", Long.MAX_VALUE, true);
        int chars = Math.min(end - cursor[0], (maxValueBytes + 2) / 3 * 4) / 4 * 4;
        byte[] value;
        try {
            value = DECODER.decode(Arrays.copyOfRange(b, cursor[0], cursor[0] + chars));
        } catch (IllegalArgumentException e) {
            throw new BadLine("the value is not Base64: " + e.getMessage());
        }
        if (value.length > maxValueBytes) {
            value = Arrays.copyOf(value, maxValueBytes);
        }
        return new Message(partition, offset, timestamp, value, false);
    }

    /** A decimal number ending at a tab; moves the cursor past the tab. */
    private static long number(byte[] b, int[] cursor, int end, String what, long max, boolean signed) throws BadLine {
        int i = cursor[0];
        boolean negative = signed && i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < end && b[i] != '\t') {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - digitsStart >= 19) {
                throw new BadLine("the " + what + " is not a number");
            }
            value = value * 10 + d;
            if (value < 0 || value > max) {
                throw new BadLine("the " + what + " is out of range");
            }
            i++;
        }
        if (i == digitsStart || i == end) {
            throw new BadLine(i == end ? "fewer than 4 tab-separated fields" : "the " + what + " is empty");
        }
        cursor[0] = i + 1;
        return negative ? -value : value;
    }
}
