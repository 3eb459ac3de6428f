package io.tributary.serving.spend;

import io.tributary.core.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A validated spend request: one customer, the UTC dates {@code from} to {@code to} (both included), in hours or
 * days.
 */
public record SpendQuery(String customerId, LocalDate from, LocalDate to, Granularity granularity) {

    public SpendQuery {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(granularity, "granularity");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /** First instant of the range: midnight UTC of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** First instant after the range: midnight UTC after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
