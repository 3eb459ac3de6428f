package io.tributary.batch.curate;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Folds curated rows, arriving sorted by (event date, customer, currency), into one
 * {@code customer_daily_spend} row per group, in one pass and constant memory: the write job's
 * reducer streams the same sorted rows into the curated table and into this folder.
 */
public final class DailySpendFolder {

    /** One finished group. */
    public record DailySpend(LocalDate eventDate, String customerId, String currency, String customerSegment,
                             SpendMeasures measures) {
    }

    /** Receives each finished group. */
    public interface Sink {
        void accept(DailySpend row) throws java.io.IOException;
    }

    private final Sink sink;
    private LocalDate date;
    private String customer;
    private String currency;
    private String segment;
    private final SpendMeasures measures = new SpendMeasures();

    public DailySpendFolder(Sink sink) {
        this.sink = sink;
    }

    /** Adds the next curated row; rows must come sorted by (event date, customer, currency). */
    public void add(Transaction t, SourceKind source, String customerSegment) throws java.io.IOException {
        LocalDate d = t.eventDate();
        if (!d.equals(date) || !t.customerId().equals(customer) || !t.currency().equals(currency)) {
            if (date != null && compare(d, t.customerId(), t.currency()) < 0) {
                throw new IllegalStateException("rows out of order: " + d + "/" + t.customerId() + "/" + t.currency()
                    + " after " + date + "/" + customer + "/" + currency);
            }
            flush();
            date = d;
            customer = t.customerId();
            currency = t.currency();
            segment = customerSegment;
        }
        measures.add(t, source);
    }

    /** Emits the last group; call once after the last row. */
    public void flush() throws java.io.IOException {
        if (!measures.isEmpty()) {
            SpendMeasures copy = new SpendMeasures().add(measures);
            sink.accept(new DailySpend(date, customer, currency, segment, copy));
            measures.clear();
        }
    }

    private int compare(LocalDate d, String cust, String cur) {
        int c = d.compareTo(date);
        if (c != 0) {
            return c;
        }
        c = SortKey.compareText(cust, customer);
        return c != 0 ? c : SortKey.compareText(cur, Objects.requireNonNull(currency));
    }
}
