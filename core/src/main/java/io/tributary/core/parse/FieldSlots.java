package io.tributary.core.parse;

import java.util.Arrays;

/**
 * The raw values of one record's fields as a format parser found them: kinds and byte slices (UTF-8), not yet
 * validated. One instance is reused from record to record so that parsing allocates nothing until the
 * validator builds the record's strings. A slice points either into the record's bytes or into
 * {@link #scratch}, where parsers put decoded values (JSON escapes, doubled CSV quotes).
 */
final class FieldSlots {

    private final String[] names;
    private final ValueKind[] kinds;
    private final byte[][] buffers;
    private final int[] offsets;
    private final int[] lengths;
    private byte[] scratch = new byte[256];
    private int scratchUsed;

    FieldSlots(String... names) {
        this.names = names.clone();
        this.kinds = new ValueKind[names.length];
        this.buffers = new byte[names.length][];
        this.offsets = new int[names.length];
        this.lengths = new int[names.length];
        clear();
    }

    int size() {
        return names.length;
    }

    String name(int field) {
        return names[field];
    }

    /** Forgets all values. Only the kinds are reset: a slice is read only when its kind says there is one. */
    void clear() {
        Arrays.fill(kinds, ValueKind.ABSENT);
        scratchUsed = 0;
    }

    void set(int field, ValueKind kind, byte[] buffer, int offset, int length) {
        kinds[field] = kind;
        buffers[field] = buffer;
        offsets[field] = offset;
        lengths[field] = length;
    }

    ValueKind kind(int field) {
        return kinds[field];
    }

    byte[] buffer(int field) {
        return buffers[field];
    }

    int offset(int field) {
        return offsets[field];
    }

    int length(int field) {
        return lengths[field];
    }

    /**
     * True when the field carries no value: absent, JSON null or an empty string. The contract makes no
     * difference between them, and CSV cannot tell them apart anyway.
     */
    boolean isMissing(int field) {
        ValueKind k = kinds[field];
        return k == ValueKind.ABSENT || k == ValueKind.NULL || (k == ValueKind.STRING && lengths[field] == 0);
    }

    /** True when the value is a string (possibly empty: check {@link #isMissing} first). */
    boolean isString(int field) {
        return kinds[field] == ValueKind.STRING;
    }

    // ---- scratch space for decoded values ----

    /** Makes room for {@code extra} more bytes and returns the scratch buffer (which may have been replaced). */
    byte[] reserve(int extra) {
        int needed = scratchUsed + extra;
        if (needed > scratch.length) {
            // Slices already set keep pointing at the old array, which stays valid for them.
            scratch = Arrays.copyOf(scratch, Math.max(needed, scratch.length * 2));
        }
        return scratch;
    }

    byte[] scratch() {
        return scratch;
    }

    int scratchUsed() {
        return scratchUsed;
    }

    void commitScratch(int newUsed) {
        scratchUsed = newUsed;
    }
}
