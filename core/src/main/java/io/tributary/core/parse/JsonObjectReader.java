package io.tributary.core.parse;

import java.nio.charset.StandardCharsets;

/**
 * A strict RFC 8259 reader for one JSON object per record, written for speed: it works on the UTF-8 bytes,
 * stores the values of the fields it knows as byte slices in {@link FieldSlots} and skips (while still checking)
 * everything else. Nothing is allocated for a well-formed record except when a known string value holds escapes
 * (decoded into the slots' scratch space).
 *
 * <p>Choices: a field name that occurs twice in the top-level object makes the record malformed, known or not,
 * because readers would disagree on which value counts (RFC 8259 leaves it open); names are compared after
 * unescaping. Objects nested in unknown fields are checked for syntax only. Nesting deeper than
 * {@value #MAX_DEPTH} is refused rather than risking the stack. A {@code \\u} escape of a lone surrogate is refused
 * because it cannot be stored as valid UTF-8. The caller checks UTF-8 well-formedness first.
 *
 * <p>Not thread-safe; reused from record to record.
 */
final class JsonObjectReader {

    static final int MAX_DEPTH = 256;

    private final FieldSlots slots;
    private final byte[][] names;
    private byte[] b;
    private int pos;
    private int end;
    private int start;
    private int seen;
    private boolean lastStringHadEscapes;
    // Unknown field names of the current object, for the duplicate check.
    private byte[] unknownNames = new byte[256];
    private int unknownNamesUsed;
    private int[] unknownOffsets = new int[16];
    private int[] unknownLengths = new int[16];
    private int unknownCount;
    // Decoded field name when it holds escapes.
    private byte[] nameScratch = new byte[64];

    JsonObjectReader(FieldSlots slots) {
        if (slots.size() > 31) {
            throw new IllegalArgumentException("at most 31 known fields");
        }
        this.slots = slots;
        this.names = new byte[slots.size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = slots.name(i).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Reads the object in {@code b[off, off+len)} into the slots (cleared first); throws {@link Malformed}. */
    void read(byte[] bytes, int off, int len) {
        this.b = bytes;
        this.pos = off;
        this.start = off;
        this.end = off + len;
        this.seen = 0;
        this.unknownCount = 0;
        this.unknownNamesUsed = 0;
        slots.clear();
        skipWhitespace();
        if (pos >= end || b[pos] != '{') {
            throw new Malformed("not a JSON object");
        }
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            readMembers();
        }
        skipWhitespace();
        if (pos != end) {
            throw new Malformed("content after the JSON object at byte " + (pos - start));
        }
    }

    private void readMembers() {
        while (true) {
            if (peek() != '"') {
                throw unexpected("a field name");
            }
            int slot = readName();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (slot >= 0) {
                readKnownValue(slot);
            } else {
                skipValue(1);
            }
            skipWhitespace();
            int c = next();
            if (c == ',') {
                skipWhitespace();
            } else if (c == '}') {
                return;
            } else {
                pos--;
                throw unexpected("',' or '}'");
            }
        }
    }

    /** Reads a field name; returns its slot, or -1 for an unknown name. */
    private int readName() {
        int nameStart = pos + 1;
        int nameEnd = scanString();
        byte[] nb;
        int nOff;
        int nLen;
        if (lastStringHadEscapes) {
            ensureNameScratch(nameEnd - nameStart);
            nLen = decodeString(nameStart, nameEnd, nameScratch, 0);
            nb = nameScratch;
            nOff = 0;
        } else {
            nb = b;
            nOff = nameStart;
            nLen = nameEnd - nameStart;
        }
        for (int slot = 0; slot < names.length; slot++) {
            byte[] name = names[slot];
            if (name.length == nLen && equalRange(name, 0, nb, nOff, nLen)) {
                if ((seen & (1 << slot)) != 0) {
                    throw new Malformed("duplicate field \"" + slots.name(slot) + "\"");
                }
                seen |= 1 << slot;
                return slot;
            }
        }
        rememberUnknownName(nb, nOff, nLen);
        return -1;
    }

    private void rememberUnknownName(byte[] nb, int nOff, int nLen) {
        for (int k = 0; k < unknownCount; k++) {
            if (unknownLengths[k] == nLen && equalRange(unknownNames, unknownOffsets[k], nb, nOff, nLen)) {
                throw new Malformed("duplicate field " + Texts.quote(nb, nOff, nLen));
            }
        }
        if (unknownCount == unknownOffsets.length) {
            unknownOffsets = java.util.Arrays.copyOf(unknownOffsets, unknownCount * 2);
            unknownLengths = java.util.Arrays.copyOf(unknownLengths, unknownCount * 2);
        }
        if (unknownNamesUsed + nLen > unknownNames.length) {
            unknownNames = java.util.Arrays.copyOf(unknownNames, Math.max(unknownNamesUsed + nLen, unknownNames.length * 2));
        }
        System.arraycopy(nb, nOff, unknownNames, unknownNamesUsed, nLen);
        unknownOffsets[unknownCount] = unknownNamesUsed;
        unknownLengths[unknownCount] = nLen;
        unknownCount++;
        unknownNamesUsed += nLen;
    }

    private void ensureNameScratch(int length) {
        if (nameScratch.length < length) {
            nameScratch = new byte[Math.max(length, nameScratch.length * 2)];
        }
    }

    private void readKnownValue(int slot) {
        int c = peek();
        int valueStart = pos;
        switch (c) {
            case '"': {
                int contentStart = pos + 1;
                int contentEnd = scanString();
                if (lastStringHadEscapes) {
                    byte[] out = slots.reserve(contentEnd - contentStart);
                    int at = slots.scratchUsed();
                    int n = decodeString(contentStart, contentEnd, out, at);
                    slots.commitScratch(at + n);
                    slots.set(slot, ValueKind.STRING, out, at, n);
                } else {
                    slots.set(slot, ValueKind.STRING, b, contentStart, contentEnd - contentStart);
                }
                return;
            }
            case 'n':
                literal("null");
                slots.set(slot, ValueKind.NULL, b, valueStart, 4);
                return;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    skipNumber();
                    slots.set(slot, ValueKind.NUMBER, b, valueStart, pos - valueStart);
                } else {
                    skipValue(1);
                    slots.set(slot, ValueKind.OTHER, b, valueStart, pos - valueStart);
                }
        }
    }

    private void skipValue(int depth) {
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
            skipWhitespace();
            int c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                pos--;
                throw unexpected("',' or '}'");
            }
            skipWhitespace();
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
            skipWhitespace();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                pos--;
                throw unexpected("',' or ']'");
            }
            skipWhitespace();
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed("nesting deeper than " + MAX_DEPTH);
        }
    }

    /**
     * Checks the string starting at {@code pos} (on its opening quote), moves past its closing quote and returns
     * the index of the closing quote. Sets {@link #lastStringHadEscapes}.
     */
    private int scanString() {
        int i = pos + 1;
        boolean escapes = false;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                lastStringHadEscapes = escapes;
                pos = i + 1;
                return i;
            }
            if (c == '\\') {
                escapes = true;
                i = checkEscape(i);
            } else if (c >= 0 && c < 0x20) {
                throw new Malformed("control character in a string at byte " + (i - start));
            } else {
                i++;
            }
        }
        throw new Malformed("unterminated string");
    }

    /** Checks the escape at {@code i} (on the backslash) and returns the index after it. */
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
                int cu = hex4(i + 2);
                if (isLowSurrogate(cu)) {
                    throw new Malformed("lone surrogate \\u" + Integer.toHexString(cu) + " at byte " + (i - start));
                }
                if (isHighSurrogate(cu)) {
                    if (i + 7 < end && b[i + 6] == '\\' && b[i + 7] == 'u' && isLowSurrogate(hex4(i + 8))) {
                        return i + 12;
                    }
                    throw new Malformed("lone surrogate \\u" + Integer.toHexString(cu) + " at byte " + (i - start));
                }
                return i + 6;
            default:
                throw new Malformed("invalid escape at byte " + (i - start));
        }
    }

    /** Decodes a checked string's content {@code b[from, to)} into {@code out} at {@code at}; returns the length. */
    private int decodeString(int from, int to, byte[] out, int at) {
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
                    int cu = hex4(i + 2);
                    if (isHighSurrogate(cu)) {
                        int low = hex4(i + 8);
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

    private int hex4(int at) {
        if (at + 4 > end) {
            throw new Malformed("unterminated \\u escape");
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
                throw new Malformed("invalid \\u escape at byte " + (at - 2 - start));
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static boolean isHighSurrogate(int cu) {
        return cu >= 0xD800 && cu <= 0xDBFF;
    }

    private static boolean isLowSurrogate(int cu) {
        return cu >= 0xDC00 && cu <= 0xDFFF;
    }

    /** RFC 8259 number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void skipNumber() {
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
        return new Malformed("invalid number at byte " + (pos - start));
    }

    private int skipDigits(int i) {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    private void literal(String word) {
        int n = word.length();
        if (pos + n > end || !CodeTables.asciiEquals(word, b, pos)) {
            throw unexpected("a JSON value");
        }
        pos += n;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < end ? b[pos] : -1;
    }

    private int next() {
        return pos < end ? b[pos++] : -1;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw unexpected("'" + c + "'");
        }
        pos++;
    }

    private Malformed unexpected(String expected) {
        if (pos >= end) {
            return new Malformed("unexpected end of record, expected " + expected);
        }
        int c = b[pos] & 0xFF;
        String found = c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c);
        return new Malformed("expected " + expected + " at byte " + (pos - start) + ", found " + found);
    }

    private static boolean equalRange(byte[] a, int aOff, byte[] c, int cOff, int len) {
        for (int k = 0; k < len; k++) {
            if (a[aOff + k] != c[cOff + k]) {
                return false;
            }
        }
        return true;
    }
}
