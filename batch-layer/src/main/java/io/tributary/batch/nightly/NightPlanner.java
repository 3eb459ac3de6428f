package io.tributary.batch.nightly;

import io.tributary.batch.run.ComputedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides which event dates a night recomputes (pure logic; the step reads the lake and writes the plan).
 *
 * <p>A date up to the night's date is recomputed when
 * <ul>
 *   <li>it was never computed, or</li>
 *   <li>raw files with records of that date were staged since its last computation (late data: archived Kafka
 *       records or landed files, whatever day they arrived), or</li>
 *   <li>its last computation left customers unknown, the customer dimension has changed since, and the date is at
 *       most {@code lateCustomerDays} before the night (a customer who arrived after their transactions gets the
 *       right segment; older dates are left to a backfill, so a customer who never arrives does not make every
 *       night recompute all history).</li>
 * </ul>
 * The ledger records unknown customers per run, not per date, so the last rule may recompute a date that had none:
 * it over-recomputes, never misses.
 */
public final class NightPlanner {
    private final int lateCustomerDays;

    public NightPlanner(int lateCustomerDays) {
        this.lateCustomerDays = lateCustomerDays;
    }

    /**
     * @param stagedNow       for every event date with staged records, the hashes of the raw files they come from
     * @param ledger          each date's last computation, if any
     * @param customersOrigin the customer dimension the recompute would use
     */
    public NightPlan nightly(String key, LocalDate night, SortedMap<LocalDate, SortedSet<String>> stagedNow,
                             Function<LocalDate, Optional<ComputedDates.Entry>> ledger, String customersOrigin) {
        List<NightPlan.PlannedDate> planned = new ArrayList<>();
        for (Map.Entry<LocalDate, SortedSet<String>> e : stagedNow.headMap(night.plusDays(1)).entrySet()) {
            LocalDate date = e.getKey();
            reason(date, night, e.getValue(), ledger.apply(date), customersOrigin)
                .ifPresent(r -> planned.add(new NightPlan.PlannedDate(date, r)));
        }
        return new NightPlan(key, planned, customersOrigin, List.of());
    }

    /** A backfill recomputes every date of its range, whatever the ledger says. */
    public static NightPlan backfill(String key, LocalDate from, LocalDate to, String customersOrigin) {
        List<NightPlan.PlannedDate> planned = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            planned.add(new NightPlan.PlannedDate(d, "backfill " + from + ".." + to));
        }
        return new NightPlan(key, planned, customersOrigin, List.of());
    }

    private Optional<String> reason(LocalDate date, LocalDate night, SortedSet<String> staged,
                                    Optional<ComputedDates.Entry> last, String customersOrigin) {
        if (last.isEmpty()) {
            return Optional.of("never computed (" + staged.size() + " raw file(s))");
        }
        ComputedDates.Entry computed = last.get();
        SortedSet<String> gained = new TreeSet<>(staged);
        gained.removeAll(computed.stagedHashes());
        if (!gained.isEmpty()) {
            return Optional.of("gained raw data from " + gained.size() + " raw file(s) since run " + computed.runId());
        }
        boolean recent = !date.isBefore(night.minusDays(lateCustomerDays));
        if (recent && computed.unmatchedCustomers() > 0 && !computed.customersOrigin().equals(customersOrigin)) {
            return Optional.of("run " + computed.runId() + " left " + computed.unmatchedCustomers()
                + " curated row(s) of unknown customers and the customer dimension changed since");
        }
        return Optional.empty();
    }
}
