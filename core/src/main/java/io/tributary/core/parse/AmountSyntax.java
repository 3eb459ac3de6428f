package io.tributary.core.parse;

/**
 * The amount rule: a plain decimal {@code -?(0|[1-9][0-9]*)(\.[0-9]{1,2})?} with an absolute value below 10^12,
 * the same for a JSON number, a JSON string, a CSV field and a POS log value.
 *
 * <p>Why so strict: the amount must be exact in cents. Exponent notation ({@code 1e2}) is refused although some
 * such values are exact, because the contract says "at most 2 decimals" of a written decimal and an exponent
 * hides the scale; a producer that follows the contract never writes one. Leading zeros, a leading {@code +},
 * a bare {@code .5} or {@code 5.} and surrounding spaces are refused for the same reason: one spelling per value
 * (JSON's own number grammar). "At most 2 decimals" counts written digits: {@code 1.230} is refused.
 */
final class AmountSyntax {

    /** Returned by {@link #parseCents} for a value that breaks the rule. */
    static final long INVALID = Long.MIN_VALUE;

    private static final int MAX_INTEGER_DIGITS = 12;

    private AmountSyntax() {
    }

    /** The amount in cents, or {@link #INVALID}. */
    static long parseCents(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        long units = 0;
        while (i < end && isDigit(b[i])) {
            units = units * 10 + (b[i] - '0');
            i++;
            if (i - intStart > MAX_INTEGER_DIGITS) {
                return INVALID;
            }
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || (intDigits > 1 && b[intStart] == '0')) {
            return INVALID;
        }
        long fraction = 0;
        if (i < end && b[i] == '.') {
            i++;
            int fracStart = i;
            while (i < end && isDigit(b[i])) {
                fraction = fraction * 10 + (b[i] - '0');
                i++;
            }
            int fracDigits = i - fracStart;
            if (fracDigits == 0 || fracDigits > 2) {
                return INVALID;
            }
            if (fracDigits == 1) {
                fraction *= 10;
            }
        }
        if (i != end) {
            return INVALID;
        }
        long cents = units * 100 + fraction;
        return negative ? -cents : cents;
    }

    /** Why {@link #parseCents} refused the value, for the rejection message. */
    static String explain(byte[] b, int off, int len) {
        int end = off + len;
        int i = off < end && b[off] == '-' ? off + 1 : off;
        int digits = 0;
        int dots = 0;
        int decimals = 0;
        for (int j = i; j < end; j++) {
            byte c = b[j];
            if (c == 'e' || c == 'E') {
                return "exponent notation is not allowed";
            }
            if (c == '.') {
                dots++;
            } else if (!isDigit(c)) {
                return "not a plain decimal number";
            } else if (dots == 0) {
                digits++;
            } else {
                decimals++;
            }
        }
        if (dots > 1 || digits == 0 || (dots == 1 && decimals == 0)) {
            return "not a plain decimal number";
        }
        if (digits > 1 && b[i] == '0') {
            return "leading zeros are not allowed";
        }
        if (decimals > 2) {
            return "more than 2 decimals";
        }
        if (digits > MAX_INTEGER_DIGITS) {
            return "absolute value not below 10^12";
        }
        return "not a plain decimal number";
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
