package io.tributary.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one RFC 4180 record into its fields: fields separated by commas, a field either plain or enclosed in
 * double quotes, a double quote inside a quoted field written twice, commas and line breaks allowed inside
 * quotes. Strict: a quote inside a plain field, text after a closing quote or an unterminated quote makes the
 * record malformed. Spaces are data. Values go into {@link FieldSlots} as strings; only fields with doubled
 * quotes are copied (into the slots' scratch space).
 */
final class CsvRecordSplitter {

    private CsvRecordSplitter() {
    }

    /**
     * Fills slots 0..columns-1 with the record's first fields and returns the number of fields the record has
     * (which may differ: the caller decides). Throws {@link Malformed} when the record is not valid CSV.
     */
    static int split(byte[] b, int off, int len, FieldSlots slots, int columns) {
        slots.clear();
        int end = off + len;
        int i = off;
        int column = 0;
        while (true) {
            if (i < end && b[i] == '"') {
                i = quotedField(b, i, end, column < columns ? slots : null, column);
            } else {
                int fieldStart = i;
                while (i < end && b[i] != ',') {
                    if (b[i] == '"') {
                        throw new Malformed("quote inside an unquoted field in column " + (column + 1));
                    }
                    i++;
                }
                if (column < columns) {
                    slots.set(column, ValueKind.STRING, b, fieldStart, i - fieldStart);
                }
            }
            column++;
            if (i >= end) {
                return column;
            }
            i++; // the comma
        }
    }

    /**
     * Reads the quoted field whose opening quote is at {@code i} into its slot (none when {@code slots} is null);
     * returns the index after its closing quote.
     */
    private static int quotedField(byte[] b, int i, int end, FieldSlots slots, int column) {
        int contentStart = i + 1;
        int j = contentStart;
        boolean doubled = false;
        while (true) {
            if (j >= end) {
                throw new Malformed("unterminated quoted field in column " + (column + 1));
            }
            if (b[j] == '"') {
                if (j + 1 < end && b[j + 1] == '"') {
                    doubled = true;
                    j += 2;
                    continue;
                }
                break;
            }
            j++;
        }
        int contentEnd = j;
        int after = j + 1;
        if (after < end && b[after] != ',') {
            throw new Malformed("text after the closing quote in column " + (column + 1));
        }
        if (slots != null) {
            if (doubled) {
                byte[] out = slots.reserve(contentEnd - contentStart);
                int at = slots.scratchUsed();
                int o = at;
                for (int k = contentStart; k < contentEnd; k++) {
                    out[o++] = b[k];
                    if (b[k] == '"') {
                        k++; // skip the second quote of the pair
                    }
                }
                slots.commitScratch(o);
                slots.set(column, ValueKind.STRING, out, at, o - at);
            } else {
                slots.set(column, ValueKind.STRING, b, contentStart, contentEnd - contentStart);
            }
        }
        return after;
    }

    /** True when the record is exactly the given header (fields compared as text, quoted or not). */
    static boolean isHeader(byte[] b, int off, int len, String[] columns) {
        FieldSlots slots = new FieldSlots(columns);
        try {
            if (split(b, off, len, slots, columns.length) != columns.length) {
                return false;
            }
        } catch (Malformed e) {
            return false;
        }
        for (int c = 0; c < columns.length; c++) {
            byte[] expected = columns[c].getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(expected, 0, expected.length, slots.buffer(c), slots.offset(c), slots.offset(c) + slots.length(c))) {
                return false;
            }
        }
        return true;
    }
}
