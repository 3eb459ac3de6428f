package io.tributary.core.view;

import io.tributary.core.measure.SpendMeasures;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The speed layer's HBase layout, as the serving layer reads it (the speed layer's sink writes it):
 *
 * <ul>
 *   <li>{@code speed_view}: row {@code customer_id 0x00 yyyyMMddHH currency}, family {@code m}, one 8-byte
 *       big-endian long per column below;</li>
 *   <li>{@code meta}, family {@code s}: row {@code speed:watermark}, one column {@code p<partition>} per input
 *       partition holding that partition's {@code Ws} in epoch millis (the layer's {@code Ws} is their minimum);
 *       rows {@code speed:late:yyyyMMddHH}, one column per partition holding its late events of that event hour;
 *       rows {@code speed:rejected:<REASON>}, one column per partition holding how many of its records went to the
 *       dead-letter topic with that reason code (since the layer's state began);
 *       row {@code speed:lag}, one column per partition holding how many records of the input topic were not yet
 *       processed and committed when it was measured (the cell timestamp).</li>
 * </ul>
 */
public final class SpeedViewLayout {
    public static final String TABLE = "speed_view";
    public static final byte[] FAMILY = bytes("m");
    public static final byte[] SEEN = bytes("seen");
    public static final byte[] LATE = bytes("late");
    public static final byte[] TXN_COUNT = bytes("txn_count");
    public static final byte[] APPROVED_COUNT = bytes("approved_count");
    public static final byte[] APPROVED_CENTS = bytes("approved_amount_cents");
    public static final byte[] DECLINED_COUNT = bytes("declined_count");
    public static final byte[] REVERSED_CENTS = bytes("reversed_amount_cents");
    public static final byte[] KAFKA_COUNT = bytes("kafka_count");

    public static final byte[] META_FAMILY = bytes("s");
    public static final byte[] WATERMARK_ROW = bytes("speed:watermark");
    /** Prefix of the rows {@code speed:late:yyyyMMddHH}: one column {@code p<partition>} per input partition. */
    public static final String LATE_ROW_PREFIX = "speed:late:";
    /** Prefix of the rows {@code speed:rejected:<REASON>}: one column {@code p<partition>} per input partition. */
    public static final String REJECTED_ROW_PREFIX = "speed:rejected:";
    /** The consumer lag row: one column {@code p<partition>} per input partition; cell timestamp = measured at. */
    public static final byte[] LAG_ROW = bytes("speed:lag");
    /** Prefix of every row the speed layer writes into {@code meta}. */
    public static final String META_ROW_PREFIX = "speed:";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);
    /** The fixed-width part after the separator: the hour and the three-letter currency. */
    private static final int SUFFIX = 10 + 3;

    /** The three parts of a row key. */
    public record Row(String customerId, Instant hourStart, String currency) {
    }

    private SpeedViewLayout() {
    }

    /**
     * The row key as text: {@code customer_id 0x00 yyyyMMddHH currency}. The customer comes first so that one
     * customer's buckets are one contiguous, hour-ordered range; hour and currency have fixed widths after the
     * separator, so a key reads back without ambiguity. With an empty currency: the scan bound before that hour's rows.
     */
    public static String rowText(String customerId, Instant hourStart, String currency) {
        StringBuilder b = new StringBuilder(customerId.length() + 1 + SUFFIX).append(customerId).append('\0');
        return appendHour(b, hourStart).append(currency).toString();
    }

    public static byte[] rowKey(String customerId, Instant hourStart, String currency) {
        return rowText(customerId, hourStart, currency).getBytes(StandardCharsets.UTF_8);
    }

    /** An hour in the key's {@code yyyyMMddHH} form (also used in the meta table's late-counter rows). */
    public static String hourText(Instant hourStart) {
        return appendHour(new StringBuilder(10), hourStart).toString();
    }

    /**
     * Appends {@code yyyyMMddHH} of the instant's UTC hour. Written digit by digit: the speed layer formats a key for
     * every event, and {@link DateTimeFormatter} cost a tenth of its stream thread's time. Years outside 1..9999 (no
     * fixed width) go through the formatter.
     */
    private static StringBuilder appendHour(StringBuilder b, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            return b.append(HOUR.format(instant));
        }
        digits(b, year, 4);
        digits(b, t.getMonthValue(), 2);
        digits(b, t.getDayOfMonth(), 2);
        return digits(b, t.getHour(), 2);
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10) {
            b.append((char) ('0' + value / div % 10));
        }
        return b;
    }

    /**
     * The cells of one speed view row, qualifier to 8-byte big-endian value, in column order: what the speed layer's
     * sink writes (and test or benchmark fixtures write in its place).
     */
    public static Map<byte[], byte[]> cells(long seen, long late, SpendMeasures m) {
        Map<byte[], byte[]> cells = new LinkedHashMap<>();
        cells.put(SEEN, longBytes(seen));
        cells.put(LATE, longBytes(late));
        cells.put(TXN_COUNT, longBytes(m.txnCount()));
        cells.put(APPROVED_COUNT, longBytes(m.approvedCount()));
        cells.put(APPROVED_CENTS, longBytes(m.approvedCents()));
        cells.put(DECLINED_COUNT, longBytes(m.declinedCount()));
        cells.put(REVERSED_CENTS, longBytes(m.reversedCents()));
        cells.put(KAFKA_COUNT, longBytes(m.kafkaCount()));
        return cells;
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(Long.BYTES).putLong(v).array();
    }

    /** Reads a row key's text back into its parts. */
    public static Row parse(String text) {
        int sep = text.length() - SUFFIX - 1;
        if (sep < 1 || text.charAt(sep) != '\0') {
            throw new IllegalArgumentException("not a speed view row key: " + text.replace('\0', '|'));
        }
        int h = sep + 1;
        Instant hour;
        try {
            hour = LocalDateTime.of(number(text, h, 4), number(text, h + 4, 2), number(text, h + 6, 2),
                number(text, h + 8, 2), 0).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a speed view row key: " + text.replace('\0', '|'), e);
        }
        return new Row(text.substring(0, sep), hour, text.substring(sep + 11));
    }

    /** The decimal number of {@code width} ASCII digits at {@code from}. */
    private static int number(String text, int from, int width) {
        int n = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
