package io.tributary.batch.curate;

import io.tributary.core.model.Transaction;
import java.nio.charset.StandardCharsets;

/**
 * The write job's sort key: {@code event_date TAB customer_id TAB currency TAB event_id}. Compared as
 * UTF-8 bytes (Hadoop's Text order), TAB sorting before any character an id may hold, so "C1" comes
 * before "C10" and rows of one customer stay together. The event date prefix is also the partition key.
 */
public final class SortKey {
    private SortKey() {
    }

    public static String of(Transaction t) {
        return t.eventDate() + "\t" + t.customerId() + "\t" + t.currency() + "\t" + t.eventId();
    }

    /** The event date part of a key (the first ten characters). */
    public static String eventDate(String key) {
        return key.substring(0, 10);
    }

    /** Byte order of the UTF-8 forms, the order Hadoop sorts Text keys in. */
    static int compareText(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }
}
