package io.tributary.batch.nightly;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one run of the workflow covers: a night (its date: the UTC day whose data the night closes) or a backfill
 * (an inclusive range of event dates). Its key names the run's state folder, {@code _nightly/<key>/}.
 */
public record NightScope(LocalDate night, LocalDate from, LocalDate to) {

    public static NightScope nightly(LocalDate night) {
        return new NightScope(night, null, null);
    }

    public static NightScope backfill(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new NightScope(null, from, to);
    }

    public boolean isBackfill() {
        return night == null;
    }

    public String key() {
        return isBackfill() ? "backfill-" + from + "-" + to : "night-" + night;
    }

    /** The last event date the view generation built by a night covers (a backfill keeps the current one). */
    public Optional<LocalDate> viewsThrough() {
        return Optional.ofNullable(night);
    }

    @Override
    public String toString() {
        return isBackfill() ? "backfill " + from + ".." + to : "night " + night;
    }
}
