package io.tributary.batch.show;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;

/**
 * How {@code show} writes values, the same in both formats: decimals in plain notation with the column's
 * scale, timestamps as ISO-8601 UTC instants, dates as YYYY-MM-DD, binary as base64.
 */
final class CellText {
    private CellText() {
    }

    /** The value for a JSON object: text, number, boolean or null. */
    static Object json(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            // Amounts as strings with their decimals, as the HTTP API writes them.
            return d.toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        return text(value);
    }

    /** The value as text; null is NULL. */
    static String text(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Instant t) {
            return t.toString();
        }
        return value.toString();
    }
}
