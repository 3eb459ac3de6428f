package io.tributary.core.model;

import java.math.BigDecimal;

/**
 * Money amounts are whole cents in a {@code long}: exact, cheap to add, and every amount the contract allows
 * (at most 2 decimals, absolute value below 10^12) fits with room to spare for sums.
 */
public final class Amounts {

    /** Exclusive bound of the absolute value of an amount, in cents (10^12 units = 10^14 cents). */
    public static final long LIMIT_CENTS = 100_000_000_000_000L;

    private Amounts() {
    }

    /** The amount with exactly two decimals and a leading minus for negative values: "-0.50", "123.00". */
    public static String format(long cents) {
        // Long.MIN_VALUE has no positive counterpart; go through BigDecimal for that one value.
        if (cents == Long.MIN_VALUE) {
            return BigDecimal.valueOf(cents, 2).toPlainString();
        }
        long abs = Math.abs(cents);
        long units = abs / 100;
        int fraction = (int) (abs % 100);
        StringBuilder s = new StringBuilder(24);
        if (cents < 0) {
            s.append('-');
        }
        s.append(units).append('.');
        if (fraction < 10) {
            s.append('0');
        }
        return s.append(fraction).toString();
    }

    /** The amount as a decimal with scale 2, e.g. for a DECIMAL column. */
    public static BigDecimal toDecimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
