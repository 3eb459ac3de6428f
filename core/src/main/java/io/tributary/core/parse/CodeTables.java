package io.tributary.core.parse;

import java.util.Currency;
import java.util.Locale;

/**
 * Lookup of currency and country codes straight from bytes, without building a string: a table indexed by the
 * letters. The strings handed out are the table's own, so valid records share them.
 *
 * <p>Currencies are those the JDK knows ({@link Currency#getAvailableCurrencies()}), countries the ISO 3166-1
 * alpha-2 codes of {@link Locale#getISOCountries()}. Both are upper case only: "eur" is not a currency code.
 */
final class CodeTables {

    private static final String[] CURRENCIES = new String[26 * 26 * 26];
    private static final String[] COUNTRIES = new String[26 * 26];

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2))) {
                CURRENCIES[index(code.charAt(0), code.charAt(1), code.charAt(2))] = code;
            }
        }
        for (String code : Locale.getISOCountries()) {
            COUNTRIES[(code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A')] = code;
        }
    }

    private CodeTables() {
    }

    /** The currency code, or null when the slice is not a known one. */
    static String currency(byte[] b, int off, int len) {
        if (len != 3 || !isUpper(b[off]) || !isUpper(b[off + 1]) || !isUpper(b[off + 2])) {
            return null;
        }
        return CURRENCIES[index(b[off], b[off + 1], b[off + 2])];
    }

    /** The country code, or null when the slice is not a known one. */
    static String country(byte[] b, int off, int len) {
        if (len != 2 || !isUpper(b[off]) || !isUpper(b[off + 1])) {
            return null;
        }
        return COUNTRIES[(b[off] - 'A') * 26 + (b[off + 1] - 'A')];
    }

    /** True when {@code code} is a known country code (for values that are strings already). */
    static boolean isCountry(String code) {
        return code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1))
            && COUNTRIES[(code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A')] != null;
    }

    private static int index(int a, int b, int c) {
        return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The enum constant whose name equals the slice exactly (case-sensitive), or null. */
    static <E extends Enum<E>> E enumByName(E[] values, byte[] b, int off, int len) {
        for (E e : values) {
            String name = e.name();
            if (name.length() == len && asciiEquals(name, b, off)) {
                return e;
            }
        }
        return null;
    }

    /** True when the slice starting at {@code off} holds exactly the (ASCII) characters of {@code s}. */
    static boolean asciiEquals(String s, byte[] b, int off) {
        for (int i = 0; i < s.length(); i++) {
            if (b[off + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
