package io.tributary.batch.stage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link ByteWriter} wrote, checking every bound: corrupt bytes give {@link IllegalArgumentException}. */
final class ByteReader {

    private final byte[] buf;
    private final int end;
    private int pos;

    ByteReader(byte[] buf, int off, int len) {
        if (off < 0 || len < 0 || off + len > buf.length) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array of " + buf.length);
        }
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw corrupt("varint longer than 10 bytes");
    }

    long readSignedVarLong() {
        long z = readVarLong();
        return (z >>> 1) ^ -(z & 1);
    }

    int readLength() {
        long n = readVarLong();
        if (n > end - pos) {
            throw corrupt("length " + n + " exceeds the " + (end - pos) + " bytes left");
        }
        return (int) n;
    }

    byte[] readBytes() {
        int n = readLength();
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    String readString() {
        int n = readLength();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** Checks that every byte was read: trailing bytes mean a wrong version or a damaged value. */
    void expectEnd() {
        if (pos != end) {
            throw corrupt((end - pos) + " unread byte(s) at the end");
        }
    }

    IllegalArgumentException corrupt(String what) {
        return new IllegalArgumentException("corrupt staged value: " + what);
    }

    private void need(int n) {
        if (end - pos < n) {
            throw corrupt("truncated");
        }
    }
}
