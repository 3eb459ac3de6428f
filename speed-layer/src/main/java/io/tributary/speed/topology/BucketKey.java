package io.tributary.speed.topology;

import io.tributary.core.view.SpeedViewLayout;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One speed bucket: a customer's events in one currency over one UTC hour. Its text form is the state store key and
 * the HBase row key of {@code tributary:speed_view}, in the format core's {@link SpeedViewLayout} declares for the
 * serving layer too.
 *
 * @param customerId the customer
 * @param hourStart  first instant of the UTC hour
 * @param currency   ISO 4217 code (three letters)
 */
public record BucketKey(String customerId, Instant hourStart, String currency) {

    /** The store key and HBase row key as text (core's {@link SpeedViewLayout} declares the format). */
    public String text() {
        return SpeedViewLayout.rowText(customerId, hourStart, currency);
    }

    public byte[] rowKey() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The hour in {@code yyyyMMddHH} form (also used in meta row keys). */
    public static String hourText(Instant hourStart) {
        return SpeedViewLayout.hourText(hourStart);
    }

    public static BucketKey parse(String text) {
        SpeedViewLayout.Row row = SpeedViewLayout.parse(text);
        return new BucketKey(row.customerId(), row.hourStart(), row.currency());
    }
}
