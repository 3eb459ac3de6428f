package io.tributary.speed.topology;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.Valid;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The customer store's value: the winning change of one customer (CONTRACT 1.4 survivor rule), reduced to what
 * the survivor rule and the TEST filter need: {@code updated_at}, position, op and segment.
 */
final class CustomerEntry {
    private static final CustomerSegment[] SEGMENTS = CustomerSegment.values();
    private static final byte[] NO_PAYLOAD = new byte[0];

    private CustomerEntry() {
    }

    static byte[] encode(Valid<CustomerChange> v) {
        CustomerChange c = v.value();
        byte[] source = v.position().sourceName().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + 4 + 1 + 1 + 8 + 8 + 4 + source.length)
            .putLong(c.updatedAt().getEpochSecond()).putInt(c.updatedAt().getNano()).put((byte) c.op().ordinal())
            .put((byte) (c.segment() == null ? -1 : c.segment().ordinal()))
            .putLong(v.position().ingestTime().toEpochMilli()).putLong(v.position().offset())
            .putInt(source.length).put(source).array();
    }

    static Valid<CustomerChange> decode(String customerId, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        Instant updatedAt = Instant.ofEpochSecond(b.getLong(), b.getInt());
        ChangeOp op = ChangeOp.values()[b.get()];
        byte seg = b.get();
        Instant ingest = Instant.ofEpochMilli(b.getLong());
        long offset = b.getLong();
        byte[] source = new byte[b.getInt()];
        b.get(source);
        CustomerChange change = new CustomerChange(op, customerId, null, null, null, seg < 0 ? null : SEGMENTS[seg],
            updatedAt);
        return new Valid<>(change, new SourcePosition(io.tributary.core.model.SourceKind.KAFKA,
            new String(source, StandardCharsets.UTF_8), offset, 0, ingest), NO_PAYLOAD);
    }

    /** True when the stored winner leaves a customer of the TEST segment behind. */
    static boolean isFiltered(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        ChangeOp op = ChangeOp.values()[b.get(12)];
        byte seg = b.get(13);
        return op == ChangeOp.UPSERT && seg >= 0 && SEGMENTS[seg].isFiltered();
    }
}
