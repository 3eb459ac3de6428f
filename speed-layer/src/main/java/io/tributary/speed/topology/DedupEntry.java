package io.tributary.speed.topology;

import io.tributary.core.model.Channel;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Valid;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The dedup store's value for one event id: the survivor's business fields and position, enough for core's
 * {@link io.tributary.core.dedup.Deduplicator#admit} to tell a replay, an exact duplicate and a conflict apart.
 * The raw payload is not kept (a survivor is never written to the DLQ by the speed layer), which keeps an entry
 * near 100 bytes.
 */
final class DedupEntry {
    private static final byte[] NO_PAYLOAD = new byte[0];
    private static final Channel[] CHANNELS = Channel.values();
    private static final TxnStatus[] STATUSES = TxnStatus.values();

    private DedupEntry() {
    }

    static byte[] encode(Valid<Transaction> v) {
        Transaction t = v.value();
        SourcePosition p = v.position();
        byte[] customer = utf8(t.customerId());
        byte[] merchant = utf8(t.merchantId());
        byte[] currency = utf8(t.currency());
        byte[] country = utf8(t.country());
        byte[] source = utf8(p.sourceName());
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 8 + 4 + 8 + 1 + 1 + 4 + 8 + 8 + 4
            + 5 * 4 + customer.length + merchant.length + currency.length + country.length + source.length);
        b.putLong(t.eventTime().getEpochSecond()).putInt(t.eventTime().getNano()).putLong(t.amountCents())
            .putInt(t.schemaVersion()).putLong(p.ingestTime().toEpochMilli()).put((byte) t.channel().ordinal())
            .put((byte) t.status().ordinal()).putInt(p.ingestTime().getNano() % 1_000_000).putLong(p.offset())
            .putLong(p.line()).putInt(p.kind().ordinal());
        put(b, customer, t.customerId());
        put(b, merchant, t.merchantId());
        put(b, currency, t.currency());
        put(b, country, t.country());
        put(b, source, p.sourceName());
        return b.array();
    }

    static Valid<Transaction> decode(String eventId, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        Instant eventTime = Instant.ofEpochSecond(b.getLong(), b.getInt());
        long cents = b.getLong();
        int schema = b.getInt();
        long ingestMillis = b.getLong();
        Channel channel = CHANNELS[b.get()];
        TxnStatus status = STATUSES[b.get()];
        int subMillisNanos = b.getInt();
        long offset = b.getLong();
        long line = b.getLong();
        io.tributary.core.model.SourceKind kind = io.tributary.core.model.SourceKind.values()[b.getInt()];
        String customer = get(b);
        String merchant = get(b);
        String currency = get(b);
        String country = get(b);
        String source = get(b);
        Transaction t = new Transaction(eventId, customer, merchant, cents, currency, eventTime, channel, status,
            country, schema);
        Instant ingest = Instant.ofEpochMilli(ingestMillis).plusNanos(subMillisNanos);
        return new Valid<>(t, new SourcePosition(kind, source, offset, line, ingest), NO_PAYLOAD);
    }

    /** Event time of an encoded entry, read without decoding the rest (for the retention purge). */
    static long eventTimeSeconds(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong(0);
    }

    private static byte[] utf8(String s) {
        return s == null ? NO_PAYLOAD : s.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ByteBuffer b, byte[] bytes, String original) {
        b.putInt(original == null ? -1 : bytes.length).put(bytes);
    }

    private static String get(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
