package io.tributary.batch.curate;

import io.tributary.cli.UsageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The event dates a run recomputes, from a list or an inclusive range; bounded so a typo cannot start a decade. */
final class EventDates {
    /** A recompute of more days than this is a backfill; ask for it in pieces. */
    static final int MAX_DATES = 366;

    private EventDates() {
    }

    static SortedSet<LocalDate> of(List<String> list) {
        SortedSet<LocalDate> out = new TreeSet<>();
        for (String d : list) {
            out.add(date("--dates", d));
        }
        return bounded(out);
    }

    static SortedSet<LocalDate> range(String fromText, String toText) {
        LocalDate from = date("--from", fromText);
        LocalDate to = date("--to", toText);
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        SortedSet<LocalDate> out = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to) && out.size() <= MAX_DATES; d = d.plusDays(1)) {
            out.add(d);
        }
        return bounded(out);
    }

    private static SortedSet<LocalDate> bounded(SortedSet<LocalDate> dates) {
        if (dates.isEmpty()) {
            throw new UsageException("no event dates given");
        }
        if (dates.size() > MAX_DATES) {
            throw new UsageException("at most " + MAX_DATES + " event dates per run; split a longer backfill");
        }
        return dates;
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
