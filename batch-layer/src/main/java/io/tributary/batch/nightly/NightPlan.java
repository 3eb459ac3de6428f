package io.tributary.batch.nightly;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The event dates a night (or a backfill) recomputes, each with the reason it is recomputed.
 *
 * @param customersOrigin the customer dimension the plan was made against
 * @param indexed         the raw files (by hash) the plan step indexed: the curate step accounts for them and
 *                        publishes their rejects, also when no date needs a recompute
 */
public record NightPlan(String key, List<PlannedDate> dates, String customersOrigin, List<String> indexed) {

    /** One date to recompute and why, in words an operator reads in the plan file and the log. */
    public record PlannedDate(LocalDate date, String reason) {
    }

    public NightPlan {
        dates = List.copyOf(dates);
        indexed = List.copyOf(indexed);
    }

    public NightPlan withIndexed(List<String> hashes) {
        return new NightPlan(key, dates, customersOrigin, hashes);
    }

    /** No date to recompute and no newly indexed file whose rejects must reach the error table. */
    public boolean isEmpty() {
        return dates.isEmpty() && indexed.isEmpty();
    }

    public SortedSet<LocalDate> eventDates() {
        return new TreeSet<>(dates.stream().map(PlannedDate::date).toList());
    }

    public String describe() {
        if (dates.isEmpty()) {
            return "nothing to recompute" + (indexed.isEmpty() ? "" : " (" + indexed.size()
                + " newly indexed file(s) without valid records: their rejects are published)");
        }
        StringBuilder b = new StringBuilder(dates.size() + " event date(s) to recompute:");
        for (PlannedDate d : dates) {
            b.append("\n  ").append(d.date()).append(": ").append(d.reason());
        }
        return b.toString();
    }
}
