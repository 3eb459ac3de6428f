package io.tributary.core.measure;

import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;

/**
 * The measures of one customer's spend in one currency over one time bucket (CONTRACT §2 "Views"),
 * the same for the batch view (per UTC day) and the speed view (per UTC hour), so the two layers
 * can never compute them differently. Amounts are exact cents. Mutable accumulator; not thread-safe.
 *
 * <ul>
 *   <li>{@code txnCount}: every curated event of the bucket, whatever its status;</li>
 *   <li>{@code approvedCount} / {@code approvedCents}: events with status APPROVED and their amounts;</li>
 *   <li>{@code declinedCount}: events with status DECLINED;</li>
 *   <li>{@code reversedCents}: the amounts of events with status REVERSED;</li>
 *   <li>{@code kafkaCount}: how many of the events came from Kafka — the serving layer compares it with
 *       what the speed layer saw to know how many late events a batch bucket still misses.</li>
 * </ul>
 */
public final class SpendMeasures {
    private long txnCount;
    private long approvedCount;
    private long approvedCents;
    private long declinedCount;
    private long reversedCents;
    private long kafkaCount;

    /**
     * Measures read back from a stored view row (an ORC row, an HBase cell). Counts and amounts must not be
     * negative except the amounts, which are signed sums of signed amounts.
     */
    public static SpendMeasures of(long txnCount, long approvedCount, long approvedCents, long declinedCount,
                                   long reversedCents, long kafkaCount) {
        if (txnCount < 0 || approvedCount < 0 || declinedCount < 0 || kafkaCount < 0
            || approvedCount + declinedCount > txnCount || kafkaCount > txnCount) {
            throw new IllegalArgumentException("inconsistent counts: txn=" + txnCount + " approved=" + approvedCount
                + " declined=" + declinedCount + " kafka=" + kafkaCount);
        }
        SpendMeasures m = new SpendMeasures();
        m.txnCount = txnCount;
        m.approvedCount = approvedCount;
        m.approvedCents = approvedCents;
        m.declinedCount = declinedCount;
        m.reversedCents = reversedCents;
        m.kafkaCount = kafkaCount;
        return m;
    }

    /** Adds one curated event. */
    public SpendMeasures add(Transaction t, SourceKind source) {
        txnCount++;
        switch (t.status()) {
            case APPROVED:
                approvedCount++;
                approvedCents = Math.addExact(approvedCents, t.amountCents());
                break;
            case DECLINED:
                declinedCount++;
                break;
            case REVERSED:
                reversedCents = Math.addExact(reversedCents, t.amountCents());
                break;
            default:
                throw new IllegalStateException("status " + t.status());
        }
        if (source == SourceKind.KAFKA) {
            kafkaCount++;
        }
        return this;
    }

    /** Adds another bucket's measures (combining partial sums). */
    public SpendMeasures add(SpendMeasures o) {
        txnCount += o.txnCount;
        approvedCount += o.approvedCount;
        approvedCents = Math.addExact(approvedCents, o.approvedCents);
        declinedCount += o.declinedCount;
        reversedCents = Math.addExact(reversedCents, o.reversedCents);
        kafkaCount += o.kafkaCount;
        return this;
    }

    public void clear() {
        txnCount = 0;
        approvedCount = 0;
        approvedCents = 0;
        declinedCount = 0;
        reversedCents = 0;
        kafkaCount = 0;
    }

    public boolean isEmpty() {
        return txnCount == 0;
    }

    public long txnCount() {
        return txnCount;
    }

    public long approvedCount() {
        return approvedCount;
    }

    public long approvedCents() {
        return approvedCents;
    }

    public long declinedCount() {
        return declinedCount;
    }

    public long reversedCents() {
        return reversedCents;
    }

    public long kafkaCount() {
        return kafkaCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpendMeasures m && txnCount == m.txnCount && approvedCount == m.approvedCount
            && approvedCents == m.approvedCents && declinedCount == m.declinedCount
            && reversedCents == m.reversedCents && kafkaCount == m.kafkaCount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(txnCount * 31 + approvedCents) ^ Long.hashCode(reversedCents + kafkaCount * 7);
    }

    @Override
    public String toString() {
        return "SpendMeasures{txn=" + txnCount + ", approved=" + approvedCount + "/" + approvedCents + "c, declined="
            + declinedCount + ", reversed=" + reversedCents + "c, kafka=" + kafkaCount + "}";
    }
}
