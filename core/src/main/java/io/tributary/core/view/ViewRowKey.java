package io.tributary.core.view;

import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Row key of one customer's bucket in one currency, in a batch view generation ({@code batch_view_g<N>}):
 * {@code customer_id 0x00 granularity yyyyMMdd[HH] currency}, granularity {@code D} or {@code H}.
 *
 * <p>The customer comes first so one customer's buckets are one contiguous range, read with a single scan; the
 * granularity letter keeps days and hours in two separate, time-ordered sub-ranges; the suffix has a fixed width per
 * granularity, so a key reads back without ambiguity whatever the customer id holds (it may not hold 0x00).
 */
public record ViewRowKey(String customerId, TimeBucket bucket, String currency) {
    public static final byte SEPARATOR = 0;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    public ViewRowKey {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(bucket, "bucket");
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must have 3 letters: " + currency);
        }
        if (customerId.isEmpty() || customerId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("customer id must be non-empty and free of NUL");
        }
    }

    public byte[] bytes() {
        return (prefix(customerId, bucket.granularity()) + time(bucket) + currency).getBytes(StandardCharsets.UTF_8);
    }

    /** First key of a customer's buckets of a granularity starting at or after {@code from} (scan start, inclusive). */
    public static byte[] scanStart(String customerId, Granularity g, Instant from) {
        return (prefix(customerId, g) + time(g.bucketOf(from))).getBytes(StandardCharsets.UTF_8);
    }

    /** First key after a customer's buckets that start before {@code to} (scan stop, exclusive); {@code to} aligned. */
    public static byte[] scanStop(String customerId, Granularity g, Instant to) {
        return (prefix(customerId, g) + time(new TimeBucket(g, g.startOf(to)))).getBytes(StandardCharsets.UTF_8);
    }

    public static ViewRowKey parse(byte[] key) {
        String s = new String(key, StandardCharsets.UTF_8);
        int sep = s.lastIndexOf('\0');
        if (sep < 1 || sep + 2 > s.length()) {
            throw new IllegalArgumentException("not a view row key: " + s.replace('\0', '|'));
        }
        char g = s.charAt(sep + 1);
        String rest = s.substring(sep + 2);
        int timeWidth = g == 'D' ? 8 : g == 'H' ? 10 : -1;
        if (timeWidth < 0 || rest.length() != timeWidth + 3) {
            throw new IllegalArgumentException("not a view row key: " + s.replace('\0', '|'));
        }
        String time = rest.substring(0, timeWidth);
        TimeBucket bucket = g == 'D'
            ? new TimeBucket(Granularity.DAY, LocalDateTime.parse(time + "00", HOUR.withZone(null)).toInstant(ZoneOffset.UTC))
            : new TimeBucket(Granularity.HOUR, LocalDateTime.parse(time, HOUR.withZone(null)).toInstant(ZoneOffset.UTC));
        return new ViewRowKey(s.substring(0, sep), bucket, rest.substring(timeWidth));
    }

    private static String prefix(String customerId, Granularity g) {
        return customerId + '\0' + (g == Granularity.DAY ? 'D' : 'H');
    }

    private static String time(TimeBucket b) {
        return b.granularity() == Granularity.DAY ? DAY.format(b.start()) : HOUR.format(b.start());
    }
}
