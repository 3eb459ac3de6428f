package io.tributary.cli.generate;

import java.nio.charset.StandardCharsets;

/**
 * One output line, built as text and encoded to UTF-8 once, reused for every record. Encoding a
 * whole line with {@link String#getBytes} is much faster than byte by byte. Two private-use
 * sentinels let a record carry bytes that are not UTF-8 at all (for the MALFORMED_RECORD cases):
 * {@link #BAD_BYTE_FF} and {@link #BAD_BYTE_80}.
 */
final class LineBuilder {
    /** Written as the single byte 0xFF, which never occurs in UTF-8. */
    static final char BAD_BYTE_FF = '\uFFFF';
    /** Written as a lone continuation byte 0x80. */
    static final char BAD_BYTE_80 = '\uFFFE';

    private StringBuilder text = new StringBuilder(512);
    /** A builder that held a non-Latin-1 char stays two bytes per char; such a line gets a fresh one after. */
    private boolean renew;

    void clear() {
        if (renew) {
            text = new StringBuilder(512);
            renew = false;
        } else {
            text.setLength(0);
        }
    }

    /** Length in chars (not bytes). */
    int length() {
        return text.length();
    }

    /** Cuts the line to its first {@code newLength} chars. */
    void truncate(int newLength) {
        text.setLength(Math.min(text.length(), newLength));
    }

    LineBuilder ascii(char c) {
        text.append(c);
        return this;
    }

    LineBuilder append(CharSequence s) {
        text.append(s);
        return this;
    }

    /** The line as bytes. */
    byte[] toBytes() {
        String s = text.toString();
        // indexOf of a char above 0xFF returns at once for the usual all-Latin-1 line.
        byte[] bytes = s.indexOf(BAD_BYTE_FF) < 0 && s.indexOf(BAD_BYTE_80) < 0 ? s.getBytes(StandardCharsets.UTF_8) : withBadBytes(s);
        renew = bytes.length != s.length();
        return bytes;
    }

    private static byte[] withBadBytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BAD_BYTE_FF || c == BAD_BYTE_80) {
                out.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
                out.write(c == BAD_BYTE_FF ? 0xFF : 0x80);
                start = i + 1;
            }
        }
        out.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
