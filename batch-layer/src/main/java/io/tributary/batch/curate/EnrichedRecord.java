package io.tributary.batch.curate;

import io.tributary.batch.stage.StagedRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A survivor between the dedup and the write job: the staged record (parsed again by the write job
 * with the same parser) plus the enrichment decided once, in the dedup reducer.
 */
public record EnrichedRecord(StagedRecord staged, String customerSegment, String customerCountry) {
    private static final int VERSION = 1;

    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(staged.rawPayload().length + 96);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeUTF(customerSegment);
            out.writeBoolean(customerCountry != null);
            if (customerCountry != null) {
                out.writeUTF(customerCountry);
            }
            byte[] s = staged.encode();
            out.writeInt(s.length);
            out.write(s);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EnrichedRecord decode(byte[] bytes, int off, int len) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, off, len));
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown enriched record version " + version);
            }
            String segment = in.readUTF();
            String country = in.readBoolean() ? in.readUTF() : null;
            byte[] s = new byte[in.readInt()];
            in.readFully(s);
            return new EnrichedRecord(StagedRecord.decode(s), segment, country);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
