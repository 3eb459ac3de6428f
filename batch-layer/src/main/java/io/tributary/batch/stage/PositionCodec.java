package io.tributary.batch.stage;

import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import java.time.Instant;

/** The binary form of a {@link SourcePosition}, shared by staged records and staged rejections. */
final class PositionCodec {

    // Codes, not ordinals: reordering the enum must not change what old staging files mean.
    private static final int KAFKA = 1;
    private static final int FILES = 2;

    private PositionCodec() {
    }

    static void write(ByteWriter out, SourcePosition p) {
        out.writeByte(p.kind() == SourceKind.KAFKA ? KAFKA : FILES);
        out.writeString(p.sourceName());
        out.writeVarLong(p.offset());
        out.writeVarLong(p.line());
        out.writeSignedVarLong(p.ingestTime().getEpochSecond());
        out.writeVarLong(p.ingestTime().getNano());
    }

    static SourcePosition read(ByteReader in) {
        return read(in, null);
    }

    /** Reads a position whose source name was written by {@code names} (null: written by {@link #write}). */
    static SourcePosition read(ByteReader in, SourceReferences names) {
        int code = in.readByte();
        SourceKind kind = switch (code) {
            case KAFKA -> SourceKind.KAFKA;
            case FILES -> SourceKind.FILES;
            default -> throw in.corrupt("unknown source kind " + code);
        };
        String source = names == null ? in.readString() : names.read(in);
        long offset = in.readVarLong();
        long line = in.readVarLong();
        long seconds = in.readSignedVarLong();
        long nanos = in.readVarLong();
        if (nanos > 999_999_999L) {
            throw in.corrupt("nanoseconds out of range: " + nanos);
        }
        try {
            return new SourcePosition(kind, source, offset, line, Instant.ofEpochSecond(seconds, nanos));
        } catch (RuntimeException e) {
            throw in.corrupt("bad position: " + e.getMessage());
        }
    }
}
