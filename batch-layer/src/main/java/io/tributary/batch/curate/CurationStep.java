package io.tributary.batch.curate;

import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.dedup.DedupGroup;
import io.tributary.core.dedup.Deduplicator;
import io.tributary.core.model.Customer;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * CONTRACT §2 after validation, for all records of one event id: dedup, then filter TEST customers,
 * then enrich from the customer dimension, counting every record once per source. Plain Java: the
 * dedup reducer calls it, and so do tests without Hadoop.
 */
public final class CurationStep {
    /** Segment of a curated row whose customer the dimension does not know (yet). */
    public static final String UNKNOWN_SEGMENT = "UNKNOWN";

    /** A survivor that goes into the curated table, with its enrichment. */
    public record Curated(Valid<Transaction> record, String customerSegment, String customerCountry) {
    }

    /** What one event id became: at most one curated row, and the conflicts' error rows. */
    public record Outcome(Optional<Curated> curated, List<Rejection> conflicts) {
    }

    private final CustomerLookup customers;

    public CurationStep(CustomerLookup customers) {
        this.customers = customers;
    }

    public Outcome apply(Collection<Valid<Transaction>> sameEventId, RunAccounting.Builder accounting) {
        DedupGroup group = Deduplicator.resolve(sameEventId);
        for (Valid<Transaction> r : sameEventId) {
            accounting.source(r.position().sourceName()).read();
        }
        for (Valid<Transaction> d : group.exactDuplicates()) {
            accounting.source(d.position().sourceName()).duplicate();
        }
        for (Rejection c : group.conflicts()) {
            accounting.source(c.position().sourceName()).duplicateConflict();
        }
        Valid<Transaction> survivor = group.survivor();
        String source = survivor.position().sourceName();
        Optional<Customer> customer = customers.find(survivor.value().customerId());
        if (customer.isPresent() && customer.get().segment() == CustomerSegment.TEST) {
            accounting.source(source).filtered();
            return new Outcome(Optional.empty(), group.conflicts());
        }
        accounting.source(source).curated();
        if (customer.isEmpty()) {
            accounting.source(source).unmatchedCustomer();
        }
        Curated curated = new Curated(survivor,
            customer.map(c -> c.segment().name()).orElse(UNKNOWN_SEGMENT),
            customer.map(Customer::country).orElse(null));
        return new Outcome(Optional.of(curated), group.conflicts());
    }
}
