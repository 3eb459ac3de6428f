package io.tributary.cli.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a correct pipeline must count for one input (a file, a source, the whole data set); the
 * definitions are in docs/GENERATOR.md. The identities {@code read = valid + rejected} and
 * {@code valid = curated + duplicates + filtered} hold by construction.
 */
final class OutcomeCounts {
    long read;
    final long[] rejected = new long[RejectReason.values().length];
    long exactDuplicates;
    long conflictingDuplicates;
    long filtered;
    long curated;
    long unmatchedCustomers;
    long unmatchedCustomersFinal;
    long late;

    void reject(RejectReason reason) {
        read++;
        rejected[reason.ordinal()]++;
    }

    long rejectedTotal() {
        long sum = 0;
        for (long r : rejected) {
            sum += r;
        }
        return sum;
    }

    long duplicates() {
        return exactDuplicates + conflictingDuplicates;
    }

    void add(OutcomeCounts o) {
        read += o.read;
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] += o.rejected[i];
        }
        exactDuplicates += o.exactDuplicates;
        conflictingDuplicates += o.conflictingDuplicates;
        filtered += o.filtered;
        curated += o.curated;
        unmatchedCustomers += o.unmatchedCustomers;
        unmatchedCustomersFinal += o.unmatchedCustomersFinal;
        late += o.late;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read);
        m.put("valid", read - rejectedTotal());
        m.put("rejected", rejectedTotal());
        Map<RejectReason, Long> byReason = new java.util.EnumMap<>(RejectReason.class);
        for (RejectReason r : RejectReason.values()) {
            byReason.put(r, rejected[r.ordinal()]);
        }
        m.put("rejected_by_reason", reasonMap(byReason));
        m.put("duplicates", duplicates());
        m.put("exact_duplicates", exactDuplicates);
        m.put("conflicting_duplicates", conflictingDuplicates);
        m.put("filtered", filtered);
        m.put("curated", curated);
        m.put("unmatched_customers", unmatchedCustomers);
        m.put("unmatched_customers_final", unmatchedCustomersFinal);
        m.put("late", late);
        return m;
    }

    /** Every reason code, zero or not, so the manifest has the same shape whatever was drawn. */
    static Map<String, Object> reasonMap(Map<RejectReason, Long> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RejectReason r : RejectReason.values()) {
            m.put(r.name(), counts.getOrDefault(r, 0L));
        }
        return m;
    }
}
