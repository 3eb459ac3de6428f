package io.tributary.speed.topology;

import io.tributary.core.view.SpeedViewLayout;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One speed bucket: a customer's events in one currency over one UTC hour. Its text form is the state store key and
 * the HBase row key of {@code tributary:speed_view}, in the format core's {@link SpeedViewLayout} declares for the
 * serving layer too. The text is formatted once, when the key is made: an event's key is read as text several times
 * (store get and put, the update's target and value), and the sink reads it back as text.
 */
public final class BucketKey {
    private final String customerId;
    private final Instant hourStart;
    private final String currency;
    private final String text;

    /**
     * @param customerId the customer
     * @param hourStart  first instant of the UTC hour
     * @param currency   ISO 4217 code (three letters)
     */
    public BucketKey(String customerId, Instant hourStart, String currency) {
        this(customerId, hourStart, currency, SpeedViewLayout.rowText(customerId, hourStart, currency));
    }

    private BucketKey(String customerId, Instant hourStart, String currency, String text) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.hourStart = Objects.requireNonNull(hourStart, "hourStart");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.text = text;
    }

    public String customerId() {
        return customerId;
    }

    public Instant hourStart() {
        return hourStart;
    }

    public String currency() {
        return currency;
    }

    /** The store key and HBase row key as text (core's {@link SpeedViewLayout} declares the format). */
    public String text() {
        return text;
    }

    public byte[] rowKey() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The hour in {@code yyyyMMddHH} form (also used in meta row keys). */
    public static String hourText(Instant hourStart) {
        return SpeedViewLayout.hourText(hourStart);
    }

    /** Reads a key's text back; the text is kept as read. */
    public static BucketKey parse(String text) {
        SpeedViewLayout.Row row = SpeedViewLayout.parse(text);
        return new BucketKey(row.customerId(), row.hourStart(), row.currency(), text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BucketKey k && text.equals(k.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "BucketKey[" + text.replace('\0', '|') + "]";
    }
}
