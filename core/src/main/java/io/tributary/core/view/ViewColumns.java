package io.tributary.core.view;

import io.tributary.core.measure.SpendMeasures;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Columns of a batch view row: family {@code m}, one qualifier {@code s} holding the six measures as big-endian
 * longs in the order txn, approved, approved cents, declined, reversed cents, kafka. One cell per row keeps a bulk
 * load small and a read a single cell.
 */
public final class ViewColumns {
    public static final byte[] FAMILY = bytes("m");
    public static final byte[] MEASURES = bytes("s");
    public static final int MEASURES_BYTES = 6 * Long.BYTES;

    private ViewColumns() {
    }

    public static byte[] encode(SpendMeasures m) {
        return ByteBuffer.allocate(MEASURES_BYTES).putLong(m.txnCount()).putLong(m.approvedCount())
            .putLong(m.approvedCents()).putLong(m.declinedCount()).putLong(m.reversedCents()).putLong(m.kafkaCount())
            .array();
    }

    public static SpendMeasures decode(byte[] cell) {
        if (cell == null || cell.length != MEASURES_BYTES) {
            throw new IllegalArgumentException("a measures cell has " + MEASURES_BYTES + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(cell);
        return SpendMeasures.of(b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
