package io.tributary.core.parse;

import java.time.Instant;

/**
 * Reads an ISO-8601 instant with an explicit offset: {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)},
 * fraction of 1 to 9 digits, offset within +-18:00. Seconds are required and the {@code T} and {@code Z} are upper
 * case: one spelling, as every producer writes it ({@code Instant.toString()}, {@code toISOString()}).
 * A local time without offset is refused: it does not name an instant.
 *
 * <p>Hand-written because {@code DateTimeFormatter} costs about a microsecond per value, which alone would eat a
 * third of the parser's budget; the calendar arithmetic is the proleptic Gregorian one of {@code java.time}.
 */
final class InstantSyntax {

    private InstantSyntax() {
    }

    /** The instant, or null when the text is not one. */
    static Instant parse(byte[] b, int off, int len) {
        if (len < 20) {
            return null;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        int hour = digits(b, off + 11, 2);
        int minute = digits(b, off + 14, 2);
        int second = digits(b, off + 17, 2);
        if ((year | month | day | hour | minute | second) < 0
            || b[off + 4] != '-' || b[off + 7] != '-' || b[off + 10] != 'T' || b[off + 13] != ':' || b[off + 16] != ':') {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
            || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = off + 19;
        int end = off + len;
        int nanos = 0;
        if (b[i] == '.') {
            i++;
            int fracStart = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                nanos = nanos * 10 + (b[i] - '0');
                i++;
            }
            int fracDigits = i - fracStart;
            if (fracDigits == 0 || fracDigits > 9) {
                return null;
            }
            for (int k = fracDigits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i < end && b[i] == 'Z' && i + 1 == end) {
            offsetSeconds = 0;
        } else if (i + 6 == end && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
            int oh = digits(b, i + 1, 2);
            int om = digits(b, i + 4, 2);
            if (oh < 0 || om < 0 || om > 59 || oh > 18 || (oh == 18 && om > 0)) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (b[i] == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The value of {@code n} ASCII digits, or -1. */
    private static int digits(byte[] b, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = b[at + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean isLeapYear(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeapYear(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a valid date of years 0000 to 9999 (same algorithm family as LocalDate.toEpochDay). */
    static long epochDay(int year, int month, int day) {
        // Shift the year to start in March so that the leap day is the last day of the shifted year.
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month <= 2 ? month + 9 : month - 3;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
