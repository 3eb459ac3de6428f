package io.tributary.customers.run;

import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.parse.Valid;
import io.tributary.customers.hudi.CustomerSchema;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;

/**
 * What a run writes: each customer's winning change compared with the row the table holds for them.
 *
 * <ul>
 *   <li>no stored row, or a stored row with an older {@code updated_at}: written (counted {@code curated});</li>
 *   <li>the same {@code updated_at} and the same content: nothing to do (a re-applied file; counted as a
 *       duplicate), so applying the same input twice makes no second commit;</li>
 *   <li>the same {@code updated_at} but other content: written, the later run wins the tie;</li>
 *   <li>a stored row with a newer {@code updated_at}: stale, not written (counted as a duplicate).</li>
 * </ul>
 * Hudi's ordering field makes the same comparison again when it merges (an older row never replaces a newer
 * one); deciding here as well keeps re-applied files from producing empty commits and gives exact counts.
 */
public final class ChangePlan {
    private final List<GenericRecord> rows;
    private final long stale;
    private final long unchanged;

    private ChangePlan(List<GenericRecord> rows, long stale, long unchanged) {
        this.rows = rows;
        this.stale = stale;
        this.unchanged = unchanged;
    }

    /**
     * Decides for every winner; counts each decision on the winner's source file.
     *
     * @param storedAt  the stored {@code updated_at} of each winner's key that the table holds
     * @param tiedRows  the stored row of each key whose stored {@code updated_at} equals its winner's
     */
    public static ChangePlan decide(Map<String, Valid<CustomerChange>> winners, Map<String, Instant> storedAt,
                                    Map<String, StoredCustomer> tiedRows, String runId, RunAccounting.Builder accounting) {
        List<GenericRecord> rows = new ArrayList<>();
        long stale = 0;
        long unchanged = 0;
        // Sorted by key: the same input gives the same commit content, whatever the hash order.
        for (Valid<CustomerChange> w : new TreeMap<>(winners).values()) {
            CustomerChange change = w.value();
            Instant current = storedAt.get(change.customerId());
            String source = w.position().sourceName();
            if (current != null && current.isAfter(change.updatedAt())) {
                stale++;
                accounting.source(source).duplicate();
            } else if (current != null && current.equals(change.updatedAt()) && sameAs(tiedRows, change)) {
                unchanged++;
                accounting.source(source).duplicate();
            } else {
                rows.add(CustomerSchema.toRecord(change, runId));
                accounting.source(source).curated();
            }
        }
        return new ChangePlan(rows, stale, unchanged);
    }

    private static boolean sameAs(Map<String, StoredCustomer> tiedRows, CustomerChange change) {
        StoredCustomer row = tiedRows.get(change.customerId());
        if (row == null) {
            throw new IllegalStateException("the stored row of " + change.customerId() + " ties with its change but was not read");
        }
        return row.sameAs(change);
    }

    /** The rows to upsert, sorted by customer id. */
    public List<GenericRecord> rows() {
        return rows;
    }

    /** Winners older than the stored row. */
    public long stale() {
        return stale;
    }

    /** Winners equal to the stored row. */
    public long unchanged() {
        return unchanged;
    }
}
