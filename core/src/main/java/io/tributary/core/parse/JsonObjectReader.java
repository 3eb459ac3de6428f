package io.tributary.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict RFC 8259 reader for one JSON object per record, written for speed: it works on the UTF-8 bytes,
 * stores the values of the fields it knows as byte slices in {@link FieldSlots} and skips (while still checking)
 * everything else. Nothing is allocated for a well-formed record except when a known string value holds escapes
 * (decoded into the slots' scratch space).
 *
 * <p>Choices: a field name that occurs twice in the top-level object makes the record malformed, known or not,
 * because readers would disagree on which value counts (RFC 8259 leaves it open); names are compared after
 * unescaping. Objects nested in unknown fields are checked for syntax only (see {@link JsonCursor}).
 *
 * <p>Not thread-safe; reused from record to record.
 */
final class JsonObjectReader {

    static final int MAX_DEPTH = JsonCursor.MAX_DEPTH;

    private final JsonCursor in = new JsonCursor();
    private final FieldSlots slots;
    private final byte[][] names;
    private final UnknownNames unknownNames = new UnknownNames();
    private byte[] nameScratch = new byte[64];
    private int seen;
    private int lastSlot;

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
        in.reset(bytes, off, len);
        seen = 0;
        lastSlot = -1;
        unknownNames.clear();
        slots.clear();
        in.skipWhitespace();
        if (in.peek() != '{') {
            throw new Malformed("not a JSON object");
        }
        in.pos++;
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.pos++;
        } else {
            readMembers();
        }
        in.skipWhitespace();
        if (!in.atEnd()) {
            throw new Malformed("content after the JSON object at byte " + in.column(in.pos));
        }
    }

    private void readMembers() {
        do {
            if (in.peek() != '"') {
                throw in.unexpected("a field name");
            }
            int slot = readName();
            in.skipWhitespace();
            in.expect(':');
            in.skipWhitespace();
            if (slot >= 0) {
                readKnownValue(slot);
            } else {
                in.skipValue(1);
            }
        } while (!in.endOfMember('}'));
    }

    /** Reads a field name; returns its slot, or -1 for an unknown name. */
    private int readName() {
        int slot = readExpectedName();
        if (slot >= 0) {
            return markSeen(slot);
        }
        int nameStart = in.pos + 1;
        int nameEnd = in.scanString();
        byte[] nb = in.b;
        int nOff = nameStart;
        int nLen = nameEnd - nameStart;
        if (in.stringHadEscapes) {
            if (nameScratch.length < nLen) {
                nameScratch = new byte[Math.max(nLen, nameScratch.length * 2)];
            }
            nLen = JsonStrings.decode(in.b, nameStart, nameEnd, nameScratch, 0);
            nb = nameScratch;
            nOff = 0;
        }
        slot = matchName(nb, nOff, nLen);
        if (slot < 0) {
            if (!unknownNames.add(nb, nOff, nLen)) {
                throw new Malformed("duplicate field " + Texts.quote(nb, nOff, nLen));
            }
            return -1;
        }
        return markSeen(slot);
    }

    /**
     * The fast path for the usual case: the name at the cursor is the known name after the previous one, written
     * plainly. Known names hold no quote, backslash or control character, so equal bytes followed by the closing
     * quote are that name; nothing else needs checking. Returns -1 (cursor unmoved) otherwise.
     */
    private int readExpectedName() {
        int guess = lastSlot + 1;
        if (guess >= names.length) {
            return -1;
        }
        byte[] name = names[guess];
        int from = in.pos + 1;
        int quote = from + name.length;
        if (quote < in.end && in.b[quote] == '"' && Arrays.equals(name, 0, name.length, in.b, from, quote)) {
            in.pos = quote + 1;
            return guess;
        }
        return -1;
    }

    private int markSeen(int slot) {
        if ((seen & (1 << slot)) != 0) {
            throw new Malformed("duplicate field \"" + slots.name(slot) + "\"");
        }
        seen |= 1 << slot;
        lastSlot = slot;
        return slot;
    }

    /**
     * The slot of a known name, or -1. (Records of one producer write their fields in one order, so
     * {@link #readExpectedName()} has usually matched before this is needed.)
     */
    private int matchName(byte[] nb, int nOff, int nLen) {
        for (int slot = 0; slot < names.length; slot++) {
            if (isName(slot, nb, nOff, nLen)) {
                return slot;
            }
        }
        return -1;
    }

    private boolean isName(int slot, byte[] nb, int nOff, int nLen) {
        byte[] name = names[slot];
        return name.length == nLen && Arrays.equals(name, 0, nLen, nb, nOff, nOff + nLen);
    }

    private void readKnownValue(int slot) {
        int c = in.peek();
        int valueStart = in.pos;
        if (c == '"') {
            int contentStart = valueStart + 1;
            int contentEnd = in.scanString();
            if (in.stringHadEscapes) {
                byte[] out = slots.reserve(contentEnd - contentStart);
                int at = slots.scratchUsed();
                int n = JsonStrings.decode(in.b, contentStart, contentEnd, out, at);
                slots.commitScratch(at + n);
                slots.set(slot, ValueKind.STRING, out, at, n);
            } else {
                slots.set(slot, ValueKind.STRING, in.b, contentStart, contentEnd - contentStart);
            }
        } else if (c == 'n') {
            in.literal("null");
            slots.set(slot, ValueKind.NULL, in.b, valueStart, 4);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            in.skipNumber();
            slots.set(slot, ValueKind.NUMBER, in.b, valueStart, in.pos - valueStart);
        } else {
            in.skipValue(1);
            slots.set(slot, ValueKind.OTHER, in.b, valueStart, in.pos - valueStart);
        }
    }
}
