package io.tributary.core.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A position in one record's JSON bytes and the RFC 8259 grammar around it: whitespace, punctuation, strings
 * (checked, not decoded), numbers, literals, and skipping whole values. Every syntax error throws
 * {@link Malformed} with the byte position in the record.
 *
 * <p>A {@code \\u} escape of a lone surrogate is refused: it cannot be stored as valid UTF-8. Nesting deeper than
 * {@value #MAX_DEPTH} is refused rather than risking the stack. The caller checks UTF-8 well-formedness.
 */
final class JsonCursor {

    static final int MAX_DEPTH = 256;

    /** Bytes that end the plain run of a string: the quote, the backslash and control characters. */
    private static final boolean[] STRING_STOP = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            STRING_STOP[c] = true;
        }
        STRING_STOP['"'] = true;
        STRING_STOP['\\'] = true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = LOW_BITS * '"';
    private static final long BACKSLASHES = LOW_BITS * '\\';
    private static final long CONTROL_LIMIT = LOW_BITS * 0x20;

    byte[] b;
    int pos;
    int end;
    private int start;
    /** Whether the string last read by {@link #scanString()} holds escapes (and so needs decoding). */
    boolean stringHadEscapes;

    void reset(byte[] bytes, int off, int len) {
        this.b = bytes;
        this.pos = off;
        this.start = off;
        this.end = off + len;
    }

    /** Position relative to the record's start, for messages. */
    int column(int index) {
        return index - start;
    }

    void skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    int peek() {
        return pos < end ? b[pos] : -1;
    }

    int next() {
        return pos < end ? b[pos++] : -1;
    }

    boolean atEnd() {
        return pos >= end;
    }

    void expect(char c) {
        if (peek() != c) {
            throw unexpected("'" + c + "'");
        }
        pos++;
    }

    Malformed unexpected(String expected) {
        if (pos >= end) {
            return new Malformed("unexpected end of record, expected " + expected);
        }
        int c = b[pos] & 0xFF;
        String found = c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c);
        return new Malformed("expected " + expected + " at byte " + column(pos) + ", found " + found);
    }

    /**
     * Checks the string whose opening quote is at {@code pos}, moves past its closing quote and returns the index of
     * the closing quote. Sets {@link #stringHadEscapes}.
     */
    int scanString() {
        int i = pos + 1;
        boolean escapes = false;
        while (i < end) {
            i = skipPlainRun(i);
            if (i >= end) {
                break;
            }
            byte c = b[i];
            if (!STRING_STOP[c & 0xFF]) {
                i++;
            } else if (c == '"') {
                stringHadEscapes = escapes;
                pos = i + 1;
                return i;
            } else if (c == '\\') {
                escapes = true;
                i = checkEscape(i);
            } else {
                throw new Malformed("control character in a string at byte " + column(i));
            }
        }
        throw new Malformed("unterminated string");
    }

    /**
     * Index of the first quote, backslash or control byte at or after {@code i} within whole 8-byte words, or the
     * index where fewer than 8 bytes remain. Word-at-a-time: most string bytes are plain, and this is the parser's
     * hottest loop.
     */
    private int skipPlainRun(int i) {
        while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i);
            long stops = matches(w, QUOTES) | matches(w, BACKSLASHES) | ((w - CONTROL_LIMIT) & ~w & HIGH_BITS);
            if (stops != 0) {
                // The lowest flagged byte is always a true match (false positives only sit above one).
                return i + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
            i += 8;
        }
        return i;
    }

    /** High bit set in each byte of {@code w} equal to the byte repeated in {@code pattern} (lowest one exact). */
    private static long matches(long w, long pattern) {
        long x = w ^ pattern;
        return (x - LOW_BITS) & ~x & HIGH_BITS;
    }

    /** Checks the escape whose backslash is at {@code i} and returns the index after it. */
    private int checkEscape(int i) {
        if (i + 1 >= end) {
            throw new Malformed("unterminated string");
        }
        switch (b[i + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return i + 2;
            case 'u':
                int cu = JsonStrings.hex4(b, i + 2, end);
                if (cu < 0) {
                    throw new Malformed("invalid \\u escape at byte " + column(i));
                }
                if (JsonStrings.isLowSurrogate(cu) || (JsonStrings.isHighSurrogate(cu) && !isLowSurrogateEscape(i + 6))) {
                    throw new Malformed("lone surrogate \\u" + Integer.toHexString(cu) + " at byte " + column(i));
                }
                return JsonStrings.isHighSurrogate(cu) ? i + 12 : i + 6;
            default:
                throw new Malformed("invalid escape at byte " + column(i));
        }
    }

    private boolean isLowSurrogateEscape(int i) {
        return i + 1 < end && b[i] == '\\' && b[i + 1] == 'u' && JsonStrings.isLowSurrogate(JsonStrings.hex4(b, i + 2, end));
    }

    /** RFC 8259 number at {@code pos}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    void skipNumber() {
        int i = pos;
        if (b[i] == '-') {
            i++;
        }
        if (i < end && b[i] == '0') {
            i++;
        } else if (i < end && b[i] >= '1' && b[i] <= '9') {
            i = skipDigits(i);
        } else {
            throw invalidNumber();
        }
        if (i < end && b[i] == '.') {
            int d = skipDigits(i + 1);
            if (d == i + 1) {
                throw invalidNumber();
            }
            i = d;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = skipDigits(i);
            if (d == i) {
                throw invalidNumber();
            }
            i = d;
        }
        pos = i;
    }

    private Malformed invalidNumber() {
        return new Malformed("invalid number at byte " + column(pos));
    }

    private int skipDigits(int i) {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    void literal(String word) {
        if (pos + word.length() > end || !CodeTables.asciiEquals(word, b, pos)) {
            throw unexpected("a JSON value");
        }
        pos += word.length();
    }

    /** Skips (and checks) the value at {@code pos}, nested {@code depth} levels deep. */
    void skipValue(int depth) {
        int c = peek();
        switch (c) {
            case '"':
                scanString();
                return;
            case '{':
                skipObject(depth);
                return;
            case '[':
                skipArray(depth);
                return;
            case 't':
                literal("true");
                return;
            case 'f':
                literal("false");
                return;
            case 'n':
                literal("null");
                return;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    skipNumber();
                    return;
                }
                throw unexpected("a JSON value");
        }
    }

    private void skipObject(int depth) {
        checkDepth(depth);
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            if (peek() != '"') {
                throw unexpected("a field name");
            }
            scanString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            skipValue(depth + 1);
            if (endOfMember('}')) {
                return;
            }
        }
    }

    private void skipArray(int depth) {
        checkDepth(depth);
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            skipValue(depth + 1);
            if (endOfMember(']')) {
                return;
            }
        }
    }

    /** After a member: true at the closing bracket, false after a comma (and the whitespace after it). */
    boolean endOfMember(char close) {
        skipWhitespace();
        int c = next();
        if (c == close) {
            return true;
        }
        if (c != ',') {
            pos--;
            throw unexpected("',' or '" + close + "'");
        }
        skipWhitespace();
        return false;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed("nesting deeper than " + MAX_DEPTH);
        }
    }
}
