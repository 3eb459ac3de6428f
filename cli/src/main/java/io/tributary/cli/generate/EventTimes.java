package io.tributary.cli.generate;

import java.time.LocalDate;

/**
 * ISO-8601 instants as the inputs carry them ({@code 2026-11-20T10:15:30.123Z}, or with an offset
 * such as {@code +05:30}), written by hand: java.time's formatter would dominate the generator's
 * time. The text always denotes exactly the instant given, so the expected counts stay exact.
 */
final class EventTimes {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private EventTimes() {
    }

    /**
     * @param epochMillis    the instant; with {@code fractionDigits == 0} it must be a whole second
     * @param offsetMinutes  the offset to show, 0 for {@code Z}
     * @param fractionDigits 0 (none), 3 (milliseconds) or 6 (microseconds, always ending in 000)
     */
    static String format(long epochMillis, int offsetMinutes, int fractionDigits) {
        long local = epochMillis + offsetMinutes * MINUTE;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, DAY));
        int msOfDay = (int) Math.floorMod(local, DAY);
        StringBuilder b = new StringBuilder(32);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        pad(b, year, 4).append('-');
        pad(b, date.getMonthValue(), 2).append('-');
        pad(b, date.getDayOfMonth(), 2).append('T');
        pad(b, msOfDay / 3_600_000, 2).append(':');
        pad(b, msOfDay / 60_000 % 60, 2).append(':');
        pad(b, msOfDay / 1000 % 60, 2);
        if (fractionDigits == 3) {
            pad(b.append('.'), msOfDay % 1000, 3);
        } else if (fractionDigits == 6) {
            pad(b.append('.'), msOfDay % 1000, 3).append("000");
        } else if (msOfDay % 1000 != 0) {
            throw new IllegalArgumentException("instant has milliseconds but no fraction is written");
        }
        if (offsetMinutes == 0) {
            b.append('Z');
        } else {
            int abs = Math.abs(offsetMinutes);
            b.append(offsetMinutes < 0 ? '-' : '+');
            pad(b, abs / 60, 2).append(':');
            pad(b, abs % 60, 2);
        }
        return b.toString();
    }

    /** Appends {@code value} (not negative) with leading zeros to {@code width} digits. */
    static StringBuilder pad(StringBuilder b, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        while (divisor > 1 && value >= divisor * 10) {
            divisor *= 10; // wider than asked: write every digit
        }
        for (; divisor > 0; divisor /= 10) {
            b.append((char) ('0' + value / divisor % 10));
        }
        return b;
    }

    static long dayStartMillis(LocalDate date) {
        return date.toEpochDay() * DAY;
    }
}
