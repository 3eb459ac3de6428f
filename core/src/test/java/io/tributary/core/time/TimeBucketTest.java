package io.tributary.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimeBucketTest {

    @Test
    void hourBucketsAreHalfOpenUtcHours() {
        TimeBucket h = TimeBucket.hourOf(Instant.parse("2026-11-26T10:59:59.999999999Z"));
        assertThat(h.start()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(h.end()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
        assertThat(h.contains(Instant.parse("2026-11-26T10:00:00Z"))).isTrue();
        assertThat(h.contains(Instant.parse("2026-11-26T11:00:00Z"))).isFalse();
        assertThat(TimeBucket.hourOf(Instant.parse("2026-11-26T11:00:00Z"))).isEqualTo(h.next());
        assertThat(h.next().previous()).isEqualTo(h);
    }

    @Test
    void dayBucketsAreUtcDates() {
        Instant t = OffsetDateTime.parse("2026-11-26T01:30:00+02:00").toInstant();
        TimeBucket d = TimeBucket.dayOf(t);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(d.start()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(d.end()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(TimeBucket.ofDate(LocalDate.of(2026, 11, 25))).isEqualTo(d);
        assertThat(TimeBucket.hourOf(t).start()).isEqualTo(Instant.parse("2026-11-25T23:00:00Z"));
        assertThat(TimeBucket.hourOf(t).date()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void bucketsBeforeTheEpochWork() {
        TimeBucket h = TimeBucket.hourOf(Instant.parse("1969-12-31T23:30:00Z"));
        assertThat(h.start()).isEqualTo(Instant.parse("1969-12-31T23:00:00Z"));
    }

    @Test
    void startsMustBeAligned() {
        assertThatThrownBy(() -> new TimeBucket(Granularity.HOUR, Instant.parse("2026-11-26T10:00:01Z")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBucket(Granularity.DAY, Instant.parse("2026-11-26T10:00:00Z")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByStartThenHoursBeforeDays() {
        TimeBucket day = TimeBucket.ofDate(LocalDate.of(2026, 11, 26));
        TimeBucket firstHour = TimeBucket.hourOf(day.start());
        assertThat(firstHour.compareTo(day)).isNegative();
        assertThat(day.compareTo(firstHour.next())).isNegative();
    }
}
