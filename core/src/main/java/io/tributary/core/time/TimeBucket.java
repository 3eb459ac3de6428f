package io.tributary.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC hour or day: the half-open interval {@code [start, end)}. An event at exactly {@code end} belongs to the
 * next bucket.
 *
 * @param granularity hour or day
 * @param start       first instant of the bucket, aligned to the granularity
 */
public record TimeBucket(Granularity granularity, Instant start) implements Comparable<TimeBucket> {

    public TimeBucket {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        if (!granularity.isAligned(start)) {
            throw new IllegalArgumentException(start + " is not the start of a UTC " + granularity.name().toLowerCase());
        }
    }

    /** The UTC hour holding {@code t}. */
    public static TimeBucket hourOf(Instant t) {
        return Granularity.HOUR.bucketOf(t);
    }

    /** The UTC day holding {@code t}: the event date's bucket. */
    public static TimeBucket dayOf(Instant t) {
        return Granularity.DAY.bucketOf(t);
    }

    /** The bucket of a UTC date. */
    public static TimeBucket ofDate(LocalDate date) {
        return new TimeBucket(Granularity.DAY, date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** First instant after the bucket. */
    public Instant end() {
        return start.plus(granularity.length());
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end());
    }

    /** The UTC date the bucket starts on (its {@code event_date}). */
    public LocalDate date() {
        return LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    public TimeBucket next() {
        return new TimeBucket(granularity, end());
    }

    public TimeBucket previous() {
        return new TimeBucket(granularity, start.minus(granularity.length()));
    }

    /** Orders by start, then hours before days (a day and its first hour start together). */
    @Override
    public int compareTo(TimeBucket o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : granularity.compareTo(o.granularity);
    }
}
