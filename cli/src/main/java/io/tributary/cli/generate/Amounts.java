package io.tributary.cli.generate;

/** Amounts as text from whole cents: exact, never through floating point. */
final class Amounts {
    private Amounts() {
    }

    /** Always two decimals: 1234 -> "12.34", 5 -> "0.05", -150 -> "-1.50". */
    static String text(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long frac = abs % 100;
        return sign + (abs / 100) + (frac < 10 ? ".0" : ".") + frac;
    }
}
