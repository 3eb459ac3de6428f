package io.tributary.batch.stage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the few primitives of the staged record formats (unsigned varints, byte strings).
 * Also used by the curation jobs' intermediate records; {@link #reset()} lets a task reuse one writer for every
 * record instead of growing a new buffer each time.
 */
public final class ByteWriter {

    private byte[] buf;
    private int size;

    public ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    /** An unsigned LEB128 varint: 7 bits per byte, low bits first; 1 byte below 128. */
    public void writeVarLong(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** A signed value, zig-zag encoded so that small negative numbers stay short. */
    public void writeSignedVarLong(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    public void writeBytes(byte[] b) {
        writeVarLong(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    public void writeString(String s) {
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Writes {@code len} bytes of {@code b} as they are, without a length: the reader must know where they end. */
    public void writeRaw(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** Forgets what was written; the buffer is kept. */
    public void reset() {
        size = 0;
    }

    /** The internal buffer: valid up to {@link #size()}, and only until the next write or reset. */
    public byte[] buffer() {
        return buf;
    }

    public int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
