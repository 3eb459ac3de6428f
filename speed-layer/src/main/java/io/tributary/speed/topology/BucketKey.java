package io.tributary.speed.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One speed bucket: a customer's events in one currency over one UTC hour. Its text form is the HBase row key of
 * {@code tributary:speed_view}: {@code customer_id 0x00 yyyyMMddHH currency}. The customer id comes first so that
 * one customer's buckets are one contiguous, hour-ordered range (a serving query is a single scan); the hour and
 * currency have fixed widths after the separator, so the key reads back without ambiguity.
 *
 * @param customerId the customer
 * @param hourStart  first instant of the UTC hour
 * @param currency   ISO 4217 code (three letters)
 */
public record BucketKey(String customerId, Instant hourStart, String currency) {

    public static final char SEPARATOR = '\u0000';
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);
    private static final int SUFFIX = 10 + 3;

    /** The store key and HBase row key as text. */
    public String text() {
        return customerId + SEPARATOR + HOUR.format(hourStart) + currency;
    }

    public byte[] rowKey() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The hour in {@code yyyyMMddHH} form (also used in meta row keys). */
    public static String hourText(Instant hourStart) {
        return HOUR.format(hourStart);
    }

    public static BucketKey parse(String text) {
        int sep = text.length() - SUFFIX - 1;
        if (sep < 1 || text.charAt(sep) != SEPARATOR) {
            throw new IllegalArgumentException("not a bucket key: " + text.replace(SEPARATOR, '|'));
        }
        String hour = text.substring(sep + 1, sep + 11);
        Instant start = java.time.LocalDateTime.parse(hour, DateTimeFormatter.ofPattern("yyyyMMddHH"))
            .toInstant(ZoneOffset.UTC);
        return new BucketKey(text.substring(0, sep), start, text.substring(sep + 11));
    }
}
