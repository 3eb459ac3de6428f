package io.tributary.batch.stage;

import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.SourcePosition;
import java.util.Arrays;
import java.util.Objects;

/**
 * A valid record as the index pass stages it: the record's original bytes, the format to parse them with, and
 * where the record was read. No parsed fields are stored: the curation pass parses the bytes again with the same
 * parser ({@link StagedRecordParser}), so the two passes cannot disagree and there is no second record format to
 * keep in step with the contract.
 *
 * <p>Binary form (version 1), all integers unsigned LEB128 varints unless said otherwise:
 * <pre>
 *   u8      version = 1
 *   u8      format: 1 JSON lines, 2 CSV, 3 POS log
 *   u8      source kind: 1 Kafka, 2 files
 *   bytes   source name (varint length + UTF-8)
 *   varint  byte offset
 *   varint  line
 *   zigzag  ingest time, epoch seconds
 *   varint  ingest time, nanoseconds
 *   bytes   raw payload (varint length + bytes)
 * </pre>
 *
 * @param format     the record's format
 * @param position   where it was read (its ingest time is part of validation)
 * @param rawPayload the record's bytes without line terminator; not copied, do not modify
 */
public record StagedRecord(RecordFormat format, SourcePosition position, byte[] rawPayload) {

    static final int VERSION = 1;

    public StagedRecord {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(rawPayload, "rawPayload");
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter(rawPayload.length + position.sourceName().length() + 32);
        out.writeByte(VERSION);
        out.writeByte(formatCode(format));
        PositionCodec.write(out, position);
        out.writeBytes(rawPayload);
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a staged record of a known version
     */
    public static StagedRecord decode(byte[] bytes, int off, int len) {
        ByteReader in = new ByteReader(bytes, off, len);
        int version = in.readByte();
        if (version != VERSION) {
            throw in.corrupt("unknown staged record version " + version);
        }
        RecordFormat format = formatOf(in.readByte(), in);
        SourcePosition position = PositionCodec.read(in);
        byte[] payload = in.readBytes();
        in.expectEnd();
        return new StagedRecord(format, position, payload);
    }

    public static StagedRecord decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Rewrites an encoded staged record into its compact form for a shuffle: the same fields without the version
     * byte, the source name written by {@code names} (a small number instead of a long path). The payload and the
     * rest of the position are copied as bytes, without decoding them. Read it back with {@link #decodeCompact}.
     * The compact form only lives between two tasks of one run: it has no version of its own.
     */
    public static void compact(byte[] bytes, int off, int len, SourceReferences names, ByteWriter out) {
        ByteReader in = new ByteReader(bytes, off, len);
        int version = in.readByte();
        if (version != VERSION) {
            throw in.corrupt("unknown staged record version " + version);
        }
        out.writeByte(in.readByte()); // format
        out.writeByte(in.readByte()); // source kind
        int nameLength = in.readLength();
        names.write(out, bytes, in.position(), nameLength);
        in.skip(nameLength);
        out.writeRaw(bytes, in.position(), in.remaining());
    }

    /** Reads what {@link #compact} wrote, with the same checks as {@link #decode}. */
    public static StagedRecord decodeCompact(byte[] bytes, int off, int len, SourceReferences names) {
        ByteReader in = new ByteReader(bytes, off, len);
        RecordFormat format = formatOf(in.readByte(), in);
        SourcePosition position = PositionCodec.read(in, names);
        byte[] payload = in.readBytes();
        in.expectEnd();
        return new StagedRecord(format, position, payload);
    }

    private static RecordFormat formatOf(int code, ByteReader in) {
        return switch (code) {
            case 1 -> RecordFormat.JSON_LINES;
            case 2 -> RecordFormat.CSV;
            case 3 -> RecordFormat.POS_LOG;
            default -> throw in.corrupt("unknown record format " + code);
        };
    }

    private static int formatCode(RecordFormat format) {
        return switch (format) {
            case JSON_LINES -> 1;
            case CSV -> 2;
            case POS_LOG -> 3;
            // An archive is a framing: its records are staged with their payload's format (JSON lines).
            case KAFKA_ARCHIVE -> throw new IllegalArgumentException("a record is staged with its payload's format, not "
                + format);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StagedRecord r && format == r.format && position.equals(r.position)
            && Arrays.equals(rawPayload, r.rawPayload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, position, Arrays.hashCode(rawPayload));
    }

    @Override
    public String toString() {
        return "StagedRecord[" + format + " at " + position.describe() + ", " + rawPayload.length + " bytes]";
    }
}
