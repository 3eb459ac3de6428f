package io.tributary.benchmarks;

import java.nio.charset.StandardCharsets;

/** Records laid out one after another in one buffer, as the framing hands them to a parser. */
final class RecordSlices {

    final byte[] buffer;
    final int[] offsets;
    final int[] lengths;

    RecordSlices(String[] records) {
        int total = 0;
        byte[][] encoded = new byte[records.length][];
        for (int i = 0; i < records.length; i++) {
            encoded[i] = records[i].getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length + 1;
        }
        buffer = new byte[total];
        offsets = new int[records.length];
        lengths = new int[records.length];
        int at = 0;
        for (int i = 0; i < records.length; i++) {
            System.arraycopy(encoded[i], 0, buffer, at, encoded[i].length);
            offsets[i] = at;
            lengths[i] = encoded[i].length;
            at += encoded[i].length;
            buffer[at++] = '\n';
        }
    }

    int size() {
        return offsets.length;
    }
}
