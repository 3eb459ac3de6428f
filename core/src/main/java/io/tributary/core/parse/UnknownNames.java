package io.tributary.core.parse;

import java.util.Arrays;

/**
 * The unknown field names of one JSON object, kept (in reused arrays) only to find a name that occurs twice.
 * Records carry few unknown fields, so a linear search is the fastest set.
 */
final class UnknownNames {

    private byte[] bytes = new byte[256];
    private int used;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int count;

    void clear() {
        used = 0;
        count = 0;
    }

    /** Adds a name; false when the object already had it. */
    boolean add(byte[] b, int off, int len) {
        for (int k = 0; k < count; k++) {
            if (lengths[k] == len && Arrays.equals(bytes, offsets[k], offsets[k] + len, b, off, off + len)) {
                return false;
            }
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + len, bytes.length * 2));
        }
        System.arraycopy(b, off, bytes, used, len);
        offsets[count] = used;
        lengths[count] = len;
        count++;
        used += len;
        return true;
    }
}
