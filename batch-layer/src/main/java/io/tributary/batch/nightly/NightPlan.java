package io.tributary.batch.nightly;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The event dates a night (or a backfill) recomputes, each with the reason it is recomputed.
 *
 * @param customersOrigin the customer dimension the plan was made against
 */
public record NightPlan(String key, List<PlannedDate> dates, String customersOrigin) {

    /** One date to recompute and why, in words an operator reads in the plan file and the log. */
    public record PlannedDate(LocalDate date, String reason) {
    }

    public NightPlan {
        dates = List.copyOf(dates);
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    public SortedSet<LocalDate> eventDates() {
        return new TreeSet<>(dates.stream().map(PlannedDate::date).toList());
    }

    public String describe() {
        if (dates.isEmpty()) {
            return "nothing to recompute";
        }
        StringBuilder b = new StringBuilder(dates.size() + " event date(s) to recompute:");
        for (PlannedDate d : dates) {
            b.append("\n  ").append(d.date()).append(": ").append(d.reason());
        }
        return b.toString();
    }
}
