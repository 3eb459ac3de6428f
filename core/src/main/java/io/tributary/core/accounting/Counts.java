package io.tributary.core.accounting;

import io.tributary.core.model.ReasonCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record counts of one source (a file or a topic) or of a whole run, as the run manifest holds them.
 *
 * <p>The identity {@code read = curated + rejected + duplicates + filtered} says nothing was lost and nothing
 * counted twice. A {@code DUPLICATE_CONFLICT} record is counted once, as a duplicate, although it also gets an
 * error row; so the error histogram holds {@code rejected} rows plus the conflicts, and
 * {@code unmatchedCustomer} (curated rows enriched with segment {@code UNKNOWN}) is an enrichment statistic outside
 * the identity.
 *
 * @param read              records read (for a file: results of the file reader, a corrupt file's one included)
 * @param curated           survivors written to the curated table
 * @param rejected          records that failed parsing or validation (error rows other than conflicts)
 * @param duplicates        records that were not the survivor of their event id, conflicts included
 * @param filtered          survivors left out because their customer's segment is TEST
 * @param unmatchedCustomer curated records whose customer was not (yet) in the dimension
 * @param errorsByReason    error rows by reason code, conflicts included; codes without rows are absent
 */
public record Counts(long read, long curated, long rejected, long duplicates, long filtered, long unmatchedCustomer,
                     Map<ReasonCode, Long> errorsByReason) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, Map.of());

    public Counts {
        if (read < 0 || curated < 0 || rejected < 0 || duplicates < 0 || filtered < 0 || unmatchedCustomer < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        EnumMap<ReasonCode, Long> copy = new EnumMap<>(ReasonCode.class);
        errorsByReason.forEach((code, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("negative count for " + code);
            }
            if (n > 0) {
                copy.put(code, n);
            }
        });
        errorsByReason = Collections.unmodifiableMap(copy);
    }

    /** {@code curated + rejected + duplicates + filtered}: what the read records became. */
    public long accountedFor() {
        return curated + rejected + duplicates + filtered;
    }

    /** Error rows of one reason. */
    public long errors(ReasonCode code) {
        return errorsByReason.getOrDefault(code, 0L);
    }

    /** All error rows: rejected records plus duplicate conflicts. */
    public long errorRows() {
        long n = 0;
        for (long v : errorsByReason.values()) {
            n += v;
        }
        return n;
    }

    /**
     * True when the identity holds and the histogram agrees with the counts: its rows other than conflicts add up
     * to {@code rejected}, and there are no more conflicts than duplicates.
     */
    public boolean isBalanced() {
        return problems().isEmpty();
    }

    /** What is wrong, in words, or empty when balanced. */
    public Optional<String> imbalance() {
        List<String> problems = problems();
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>(3);
        long accounted = accountedFor();
        if (read != accounted) {
            long gap = read - accounted;
            problems.add("read " + read + " != curated " + curated + " + rejected " + rejected + " + duplicates "
                + duplicates + " + filtered " + filtered + " = " + accounted + " ("
                + (gap > 0 ? gap + " record(s) unaccounted for" : -gap + " record(s) counted more than once") + ")");
        }
        long conflicts = errors(ReasonCode.DUPLICATE_CONFLICT);
        long rejectedRows = errorRows() - conflicts;
        if (rejectedRows != rejected) {
            problems.add("error rows by reason (without DUPLICATE_CONFLICT) add up to " + rejectedRows
                + " but rejected is " + rejected);
        }
        if (conflicts > duplicates) {
            problems.add("DUPLICATE_CONFLICT rows " + conflicts + " exceed duplicates " + duplicates);
        }
        return problems;
    }

    /** The sum of both, for combining partial counts (map side, reduce side, several tasks). */
    public Counts plus(Counts o) {
        EnumMap<ReasonCode, Long> sum = new EnumMap<>(ReasonCode.class);
        sum.putAll(errorsByReason);
        o.errorsByReason.forEach((code, n) -> sum.merge(code, n, Long::sum));
        return new Counts(read + o.read, curated + o.curated, rejected + o.rejected, duplicates + o.duplicates,
            filtered + o.filtered, unmatchedCustomer + o.unmatchedCustomer, sum);
    }
}
