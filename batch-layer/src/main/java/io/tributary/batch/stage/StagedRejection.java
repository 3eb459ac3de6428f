package io.tributary.batch.stage;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.parse.Rejection;
import java.util.Objects;

/**
 * A rejected record on its way to the error table: the core's {@link Rejection} (reason, message, raw payload,
 * position) plus the event id when it is known (a duplicate conflict knows it; a record that failed parsing
 * usually does not).
 *
 * <p>Binary form (version 1), integers unsigned LEB128 varints:
 * <pre>
 *   u8      version = 1
 *   bytes   reason code name (varint length + ASCII), e.g. MALFORMED_RECORD: names are the contract, ordinals are not
 *   bytes   message (UTF-8)
 *   u8      0 = no event id, 1 = event id follows
 *   bytes   event id (UTF-8), when present
 *   ...     position, as in {@link StagedRecord}
 *   bytes   raw payload
 * </pre>
 * Strings are stored as UTF-8: a message quoting an unpaired surrogate (from a JSON escape) comes back with
 * {@code ?} in its place. Payloads are bytes and come back exactly.
 *
 * @param rejection what was rejected and why
 * @param eventId   the record's event id, or null when unknown
 */
public record StagedRejection(Rejection rejection, String eventId) {

    static final int VERSION = 1;

    public StagedRejection {
        Objects.requireNonNull(rejection, "rejection");
    }

    public byte[] encode() {
        byte[] payload = rejection.rawPayload();
        ByteWriter out = new ByteWriter(payload.length + rejection.message().length() + 128);
        out.writeByte(VERSION);
        out.writeString(rejection.reason().name());
        out.writeString(rejection.message());
        if (eventId == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            out.writeString(eventId);
        }
        PositionCodec.write(out, rejection.position());
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a staged rejection of a known version
     */
    public static StagedRejection decode(byte[] bytes, int off, int len) {
        ByteReader in = new ByteReader(bytes, off, len);
        int version = in.readByte();
        if (version != VERSION) {
            throw in.corrupt("unknown staged rejection version " + version);
        }
        String reasonName = in.readString();
        ReasonCode reason;
        try {
            reason = ReasonCode.valueOf(reasonName);
        } catch (IllegalArgumentException e) {
            throw in.corrupt("unknown reason code '" + reasonName + "'");
        }
        String message = in.readString();
        String eventId = switch (in.readByte()) {
            case 0 -> null;
            case 1 -> in.readString();
            default -> throw in.corrupt("bad event id flag");
        };
        var position = PositionCodec.read(in);
        byte[] payload = in.readBytes();
        in.expectEnd();
        return new StagedRejection(new Rejection(reason, message, payload, position), eventId);
    }

    public static StagedRejection decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    public ReasonCode reason() {
        return rejection.reason();
    }
}
