package io.tributary.core.accounting;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.parse.ParseResult;
import java.util.EnumMap;

/**
 * Mutable counters of one source while a task runs; {@link #toCounts()} gives the immutable {@link Counts}.
 * The methods follow the life of a record: read, then rejected, or later a duplicate, filtered or curated.
 * Not thread-safe.
 */
public final class Tally {

    private long read;
    private long curated;
    private long rejected;
    private long duplicates;
    private long filtered;
    private long unmatchedCustomer;
    private final long[] errors = new long[ReasonCode.values().length];

    public Tally read() {
        read++;
        return this;
    }

    /** Counts one record read and, when it is a rejection, rejected under its reason. */
    public Tally read(ParseResult<?> result) {
        read++;
        if (!result.isValid()) {
            rejected(result.rejection().reason());
        }
        return this;
    }

    /**
     * One record rejected by parsing or validation. A {@code DUPLICATE_CONFLICT} is a duplicate, not a rejection:
     * use {@link #duplicateConflict()}.
     */
    public Tally rejected(ReasonCode reason) {
        if (reason == ReasonCode.DUPLICATE_CONFLICT) {
            throw new IllegalArgumentException("a DUPLICATE_CONFLICT is counted as a duplicate: use duplicateConflict()");
        }
        rejected++;
        errors[reason.ordinal()]++;
        return this;
    }

    /** One exact duplicate. */
    public Tally duplicate() {
        duplicates++;
        return this;
    }

    /** One duplicate whose business fields differ: a duplicate with an error row. */
    public Tally duplicateConflict() {
        duplicates++;
        errors[ReasonCode.DUPLICATE_CONFLICT.ordinal()]++;
        return this;
    }

    public Tally filtered() {
        filtered++;
        return this;
    }

    public Tally curated() {
        curated++;
        return this;
    }

    /** One curated record whose customer is not in the dimension (enrichment statistic). */
    public Tally unmatchedCustomer() {
        unmatchedCustomer++;
        return this;
    }

    /** Adds counts computed elsewhere. */
    public Tally add(Counts c) {
        read += c.read();
        curated += c.curated();
        rejected += c.rejected();
        duplicates += c.duplicates();
        filtered += c.filtered();
        unmatchedCustomer += c.unmatchedCustomer();
        c.errorsByReason().forEach((code, n) -> errors[code.ordinal()] += n);
        return this;
    }

    public Counts toCounts() {
        EnumMap<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            if (errors[code.ordinal()] > 0) {
                byReason.put(code, errors[code.ordinal()]);
            }
        }
        return new Counts(read, curated, rejected, duplicates, filtered, unmatchedCustomer, byReason);
    }
}
