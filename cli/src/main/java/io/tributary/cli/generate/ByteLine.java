package io.tributary.cli.generate;

import java.util.Arrays;

/**
 * One output line as UTF-8 bytes, reused for every record so that writing ten million lines makes
 * no garbage beyond the field strings. Two private-use sentinels let a record carry bytes that are
 * not UTF-8 at all (for the MALFORMED_RECORD cases): {@link #BAD_BYTE_FF} and {@link #BAD_BYTE_80}.
 */
final class ByteLine {
    /** Written as the single byte 0xFF, which never occurs in UTF-8. */
    static final char BAD_BYTE_FF = '\uFFFF';
    /** Written as a lone continuation byte 0x80. */
    static final char BAD_BYTE_80 = '\uFFFE';

    private byte[] buf = new byte[1024];
    private int len;

    void clear() {
        len = 0;
    }

    int length() {
        return len;
    }

    byte[] bytes() {
        return buf;
    }

    /** Cuts the line to its first {@code newLength} bytes. */
    void truncate(int newLength) {
        len = Math.min(len, newLength);
    }

    ByteLine ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    ByteLine append(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else {
                i = appendNonAscii(s, i);
            }
        }
        return this;
    }

    /** Encodes the non-ASCII character at {@code i}; returns the index of its last char. */
    private int appendNonAscii(CharSequence s, int i) {
        char c = s.charAt(i);
        ensure(4);
        if (c == BAD_BYTE_FF) {
            buf[len++] = (byte) 0xFF;
        } else if (c == BAD_BYTE_80) {
            buf[len++] = (byte) 0x80;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            buf[len++] = (byte) (0xF0 | (cp >> 18));
            buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        } else {
            buf[len++] = (byte) (0xE0 | (c >> 12));
            buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra + 16));
        }
    }
}
