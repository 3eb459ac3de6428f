package io.tributary.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Size of a time bucket. Buckets are aligned in UTC: hours on the hour, days at midnight UTC. */
public enum Granularity {
    /** The speed layer's window and the serving API's {@code granularity=hour}. */
    HOUR(ChronoUnit.HOURS),
    /** The batch layer's {@code event_date} partition and the serving API's {@code granularity=day}. */
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Granularity(ChronoUnit unit) {
        this.unit = unit;
    }

    public Duration length() {
        return unit.getDuration();
    }

    /** Start of the bucket holding {@code t}: {@code t} truncated in UTC. */
    public Instant startOf(Instant t) {
        return t.truncatedTo(unit);
    }

    /** True when {@code t} is the start of a bucket of this size. */
    public boolean isAligned(Instant t) {
        return startOf(t).equals(t);
    }

    /** The bucket holding {@code t}. */
    public TimeBucket bucketOf(Instant t) {
        return new TimeBucket(this, startOf(t));
    }
}
