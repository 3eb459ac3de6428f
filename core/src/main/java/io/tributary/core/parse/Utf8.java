package io.tributary.core.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 well-formedness (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequences. The ASCII case is the common one and costs one comparison per byte.
 */
final class Utf8 {

    /** Reads 8 bytes at once: ASCII text is checked a word at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** Index of the first byte of the first ill-formed sequence, or -1 when the slice is well-formed. */
    static int firstInvalid(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** Length of the well-formed multi-byte sequence starting at {@code i}, or -1. */
    private static int sequenceLength(byte[] b, int i, int end) {
        int c0 = b[i] & 0xFF;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            return i + 1 < end && isContinuation(b[i + 1]) ? 2 : -1;
        }
        if (c0 >= 0xE0 && c0 <= 0xEF) {
            if (i + 2 >= end) {
                return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            // E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates).
            int lo = c0 == 0xE0 ? 0xA0 : 0x80;
            int hi = c0 == 0xED ? 0x9F : 0xBF;
            return c1 >= lo && c1 <= hi && isContinuation(b[i + 2]) ? 3 : -1;
        }
        if (c0 >= 0xF0 && c0 <= 0xF4) {
            if (i + 3 >= end) {
                return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            // F0 needs 90..BF (no overlong), F4 needs 80..8F (nothing above U+10FFFF).
            int lo = c0 == 0xF0 ? 0x90 : 0x80;
            int hi = c0 == 0xF4 ? 0x8F : 0xBF;
            return c1 >= lo && c1 <= hi && isContinuation(b[i + 2]) && isContinuation(b[i + 3]) ? 4 : -1;
        }
        return -1;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Number of code points in a well-formed slice: every byte that is not a continuation byte starts one. */
    static int codePoints(byte[] b, int off, int len) {
        int n = 0;
        for (int i = off, end = off + len; i < end; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** Appends the UTF-8 encoding of a code point (not a surrogate) and returns the new end. */
    static int encode(int cp, byte[] out, int at) {
        if (cp < 0x80) {
            out[at] = (byte) cp;
            return at + 1;
        }
        if (cp < 0x800) {
            out[at] = (byte) (0xC0 | (cp >> 6));
            out[at + 1] = (byte) (0x80 | (cp & 0x3F));
            return at + 2;
        }
        if (cp < 0x10000) {
            out[at] = (byte) (0xE0 | (cp >> 12));
            out[at + 1] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[at + 2] = (byte) (0x80 | (cp & 0x3F));
            return at + 3;
        }
        out[at] = (byte) (0xF0 | (cp >> 18));
        out[at + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at + 3] = (byte) (0x80 | (cp & 0x3F));
        return at + 4;
    }
}
