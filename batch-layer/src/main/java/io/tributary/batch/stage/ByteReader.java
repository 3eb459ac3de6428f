package io.tributary.batch.stage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link ByteWriter} wrote, checking every bound: corrupt bytes give {@link IllegalArgumentException}. */
public final class ByteReader {

    private final byte[] buf;
    private final int end;
    private int pos;

    public ByteReader(byte[] buf, int off, int len) {
        if (off < 0 || len < 0 || off + len > buf.length) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array of " + buf.length);
        }
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    public int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public long readVarLong() {
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

    public long readSignedVarLong() {
        long z = readVarLong();
        return (z >>> 1) ^ -(z & 1);
    }

    public int readLength() {
        long n = readVarLong();
        if (n > end - pos) {
            throw corrupt("length " + n + " exceeds the " + (end - pos) + " bytes left");
        }
        return (int) n;
    }

    public byte[] readBytes() {
        int n = readLength();
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    public String readString() {
        int n = readLength();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** Where the next read starts, as an index into the array given to the constructor. */
    public int position() {
        return pos;
    }

    /** Skips {@code n} bytes (checked like a read). */
    public void skip(int n) {
        need(n);
        pos += n;
    }

    /** Bytes left to read. */
    public int remaining() {
        return end - pos;
    }

    /** Checks that every byte was read: trailing bytes mean a wrong version or a damaged value. */
    public void expectEnd() {
        if (pos != end) {
            throw corrupt((end - pos) + " unread byte(s) at the end");
        }
    }

    public IllegalArgumentException corrupt(String what) {
        return new IllegalArgumentException("corrupt staged value: " + what);
    }

    private void need(int n) {
        if (end - pos < n) {
            throw corrupt("truncated");
        }
    }
}
