package io.tributary.core.parse;

/**
 * Decoding of JSON string contents that {@link JsonCursor} has already checked: escapes become their UTF-8 bytes,
 * everything else is copied. Decoding never makes a string longer, so an output of the input's length suffices.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /** Decodes the checked content {@code b[from, to)} into {@code out} at {@code at}; returns the decoded length. */
    static int decode(byte[] b, int from, int to, byte[] out, int at) {
        int o = at;
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c != '\\') {
                out[o++] = c;
                i++;
                continue;
            }
            byte e = b[i + 1];
            switch (e) {
                case 'b':
                    out[o++] = '\b';
                    break;
                case 'f':
                    out[o++] = '\f';
                    break;
                case 'n':
                    out[o++] = '\n';
                    break;
                case 'r':
                    out[o++] = '\r';
                    break;
                case 't':
                    out[o++] = '\t';
                    break;
                case 'u':
                    int cu = hex4(b, i + 2, to);
                    if (isHighSurrogate(cu)) {
                        int low = hex4(b, i + 8, to);
                        o = Utf8.encode(Character.toCodePoint((char) cu, (char) low), out, o);
                        i += 12;
                    } else {
                        o = Utf8.encode(cu, out, o);
                        i += 6;
                    }
                    continue;
                default: // '"', '\\', '/'
                    out[o++] = e;
            }
            i += 2;
        }
        return o - at;
    }

    /** The value of four hex digits at {@code at}, or -1 when they are not four hex digits before {@code end}. */
    static int hex4(byte[] b, int at, int end) {
        if (at + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int c = b[k];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    static boolean isHighSurrogate(int cu) {
        return cu >= 0xD800 && cu <= 0xDBFF;
    }

    static boolean isLowSurrogate(int cu) {
        return cu >= 0xDC00 && cu <= 0xDFFF;
    }
}
